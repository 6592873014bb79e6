package org.storageharness.platform.kube.lab;

import org.storageharness.platform.kube.cluster.Preflight;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.storage.CSIStorageCapacity;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.storageharness.suite.CheckKind;
import org.storageharness.suite.EngineSpec;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.storageharness.engine.adapter.EngineAdapters;
import org.storageharness.suite.Problem;
import org.storageharness.suite.Suite;

/**
 * What would make the correctness checks meaningless, found with reads only before any case runs: the snapshot API or
 * its controller missing, two snapshot controllers racing, too little capacity for the checks' volumes, more replicas
 * than nodes, and whatever the engine adapters report. A cluster-wide read the harness may not do (403) only warns.
 */
public final class ChecksPreflight {

    public static final String SNAPSHOT_API = "snapshot.storage.k8s.io/v1";
    public static final List<String> SNAPSHOT_RESOURCES = List.of("volumesnapshots", "volumesnapshotcontents",
            "volumesnapshotclasses");

    /**
     * @param problems what stops the run, one sentence each saying how to fix it
     * @param warnings what could not be checked, for the log
     */
    public record Result(List<String> problems, List<String> warnings) {

        public Result {
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
        }

        boolean ok() {
            return problems.isEmpty();
        }
    }

    private final KubernetesClient client;
    private final Function<EngineSpec, List<String>> adapterProblems;

    /** @param adapterProblems the engine adapter's own preflight problems for an engine; empty when all is well */
    public ChecksPreflight(KubernetesClient client, Function<EngineSpec, List<String>> adapterProblems) {
        this.client = Objects.requireNonNull(client, "client");
        this.adapterProblems = Objects.requireNonNull(adapterProblems, "adapterProblems");
    }

    /**
     * Runs every rule; the replica and capacity rules apply to every engine given, the snapshot rules only when the
     * snapshot check runs on an engine that has snapshots. Failures other than 403 (and 404 for capacity) propagate.
     *
     * @param engines the engines that will run correctness checks
     * @param checks the checks that run
     * @param bytesNeeded bytes of the volumes the checks create at once on an engine's StorageClass
     */
    public Result check(List<EngineSpec> engines, Set<CheckKind> checks, ToLongFunction<EngineSpec> bytesNeeded) {
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> snapshotting = checks.contains(CheckKind.SNAPSHOT) ? engines.stream()
                .filter(e -> e.traits().capabilities().snapshot()).map(EngineSpec::id).toList() : List.of();
        if (!snapshotting.isEmpty()) {
            snapshotApi(snapshotting).ifPresent(problems::add);
            read("list pods in all namespaces", "the number of running snapshot controllers",
                    () -> client.pods().inAnyNamespace().list().getItems(), warnings)
                    .flatMap(pods -> controllers(snapshotting, SnapshotControllers.running(pods)))
                    .ifPresent(problems::add);
        }
        Optional<List<String>> nodes = read("list nodes", "replicas against ready nodes",
                () -> Preflight.readyNodes(client), warnings);
        Optional<List<CSIStorageCapacity>> capacities = read("list CSIStorageCapacities in all namespaces",
                "capacity for the checks' volumes", this::capacities, warnings);
        for (EngineSpec engine : engines) {
            nodes.flatMap(ready -> replicas(engine, ready)).ifPresent(problems::add);
            capacities.flatMap(c -> capacity(engine, bytesNeeded.applyAsLong(engine), c)).ifPresent(problems::add);
            adapterProblems.apply(engine).forEach(p -> problems.add("engine [" + engine.id() + "]: " + p));
        }
        return new Result(problems, warnings);
    }

    private Optional<String> snapshotApi(List<String> engines) {
        // Discovery is open to every authenticated user; reading the CRD objects would need a cluster-wide grant.
        APIResourceList served = client.getApiResources(SNAPSHOT_API);
        Set<String> present = served == null || served.getResources() == null ? Set.of()
                : served.getResources().stream().map(APIResource::getName).collect(Collectors.toSet());
        List<String> missing = SNAPSHOT_RESOURCES.stream().filter(r -> !present.contains(r))
                .map(r -> r + ".snapshot.storage.k8s.io").toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("the snapshot check runs on engines " + engines + " but the cluster does not serve "
                + missing + " [" + SNAPSHOT_API + "]; install the CSI snapshot CRDs and one snapshot-controller"
                + " (kubernetes-csi/external-snapshotter: client/config/crd and deploy/kubernetes/snapshot-controller),"
                + " or remove [snapshot] from [checks.run]");
    }

    private static Optional<String> controllers(List<String> engines, List<String> running) {
        if (running.isEmpty()) {
            return Optional.of("the snapshot check runs on engines " + engines + " but no snapshot controller is"
                    + " running (no Running pod has a container image named like [" + SnapshotControllers.IMAGE
                    + "]), so VolumeSnapshots would never become ready; deploy one (kubernetes-csi/external-snapshotter"
                    + " deploy/kubernetes/snapshot-controller) or remove [snapshot] from [checks.run]");
        }
        if (running.size() > 1) {
            return Optional.of("[" + running.size() + "] snapshot controllers run at once " + running + " and race on"
                    + " the same VolumeSnapshots (a controller bundled with an engine chart often runs without leader"
                    + " election); keep exactly one, e.g. turn off the engine chart's bundled snapshot controller");
        }
        return Optional.empty();
    }

    private static Optional<String> replicas(EngineSpec engine, List<String> ready) {
        int replicas = engine.traits().capabilities().replicas();
        if (replicas <= ready.size()) {
            return Optional.empty();
        }
        return Optional.of("engine [" + engine.id() + "] keeps [" + replicas + "] replicas per volume but the cluster"
                + " has [" + ready.size() + "] ready, schedulable node(s) " + ready + "; add or uncordon nodes, or set"
                + " [capabilities: {replicas: " + Math.max(1, ready.size()) + "}] on the engine and its StorageClass's"
                + " replica parameter to match");
    }

    private List<CSIStorageCapacity> capacities() {
        try {
            return client.storage().v1().csiStorageCapacities().inAnyNamespace().list().getItems();
        } catch (KubernetesClientException e) {
            if (e.getCode() == 404) {
                return List.of(); // before Kubernetes 1.24 there is no storage.k8s.io/v1 CSIStorageCapacity: unknown
            }
            throw e;
        }
    }

    /** Known capacity only: a class without CSIStorageCapacity objects (the driver does not publish it) passes. */
    private static Optional<String> capacity(EngineSpec engine, long needed, List<CSIStorageCapacity> all) {
        List<Quantity> known = all.stream().filter(c -> Objects.equals(engine.storageClass(), c.getStorageClassName()))
                .map(CSIStorageCapacity::getCapacity).filter(Objects::nonNull).toList();
        if (needed <= 0 || known.isEmpty()) {
            return Optional.empty();
        }
        long total = known.stream().mapToLong(q -> Quantity.getAmountInBytes(q).longValue()).sum();
        if (total >= needed) {
            return Optional.empty();
        }
        return Optional.of("engine [" + engine.id() + "]: the checks need [" + mib(needed) + "] on StorageClass ["
                + engine.storageClass() + "] but its [" + known.size() + "] CSIStorageCapacity object(s) report ["
                + mib(total) + "] in total; free space in the engine's pools or lower [checks.dataSize]");
    }

    private static String mib(long bytes) {
        return ((bytes + (1 << 20) - 1) >> 20) + " MiB";
    }

    /** The read's result, or empty with a warning when the harness may not do it (403); other failures propagate. */
    private static <T> Optional<T> read(String what, String unchecked, Supplier<T> read, List<String> warnings) {
        try {
            return Optional.ofNullable(read.get());
        } catch (KubernetesClientException e) {
            if (e.getCode() != 403) {
                throw e;
            }
            warnings.add("cannot " + what + " [HTTP 403 Forbidden], so " + unchecked + " was not checked; grant the"
                    + " harness's service account that read to have it checked");
            return Optional.empty();
        }
    }

    /**
     * The preflight of the suite's correctness checks on the engines that run on this cluster ({@code runs}), with the
     * replica counts their StorageClasses ask for and their adapters' problems; warnings are logged.
     */
    public static List<Problem> forSuite(KubernetesClient client,
            Suite suite, Predicate<EngineSpec> runs, Consumer<String> log) {
        if (suite.checks().run().isEmpty()) {
            return List.of();
        }
        List<EngineSpec> engines = suite.engines().stream().filter(runs).map(e -> Replicas.effective(client, e))
                .toList();
        int ready = Preflight.readyNodes(client).size();
        Result result = new ChecksPreflight(client, e -> e.traits().adapter().equals("none") ? List.of()
                : EngineAdapters.of(e.kind(), e.traits(), client).preflight(ready))
                .check(engines, Set.copyOf(suite.checks().run()),
                        e -> 3 * ((suite.checks().dataBytes() * 5 / 4) + (64L << 20)));
        result.warnings().forEach(w -> log.accept("WARNING: " + w));
        return result.problems().stream()
                .map(p -> new Problem(suite.file(), 0, "checks", p)).toList();
    }
}
