package org.storageharness.platform.kube;

import org.storageharness.platform.kube.cluster.Manifests;

import org.storageharness.platform.kube.pods.CaseRunner;
import org.storageharness.platform.kube.lab.ChecksPreflight;
import org.storageharness.platform.kube.cluster.ClusterFacts;
import org.storageharness.platform.kube.cluster.ClusterLogin;
import org.storageharness.platform.kube.cluster.Janitor;
import org.storageharness.platform.kube.lab.KubeLab;
import org.storageharness.platform.kube.cluster.KubeSettings;
import org.storageharness.platform.kube.cluster.OpenFaults;
import org.storageharness.platform.kube.cluster.Preflight;
import org.storageharness.platform.kube.pods.NodeBaselines;
import org.storageharness.platform.kube.pods.PodFioVersion;
import org.storageharness.platform.kube.pods.ResourceSampler;
import org.storageharness.platform.kube.cluster.RunCleanup;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.storageharness.check.FaultPermission;
import org.storageharness.fio.FioExecution;
import org.storageharness.platform.kube.access.ClusterApis;
import org.storageharness.platform.kube.access.RunAccess;
import org.storageharness.platform.kube.access.RunScope;
import org.storageharness.lifecycle.ShutdownCleanup;
import org.storageharness.suite.CheckKind;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.Problem;
import org.storageharness.suite.Suite;
import org.storageharness.suite.WorkloadSpec;
import org.storageharness.platform.Platform;
import io.fabric8.kubernetes.client.Config;
import org.storageharness.check.VolumeLab;

/**
 * A Kubernetes cluster as a target: each engine is a StorageClass, fio runs in pods on its PVCs, in a namespace of
 * the run's own (or a given one). Everything created carries the run's labels and is removed on close, on JVM
 * shutdown (Ctrl-C, SIGTERM), and by later runs once older than the leftover TTL.
 */
public final class KubePlatform implements Platform {

    private final KubernetesClient client;
    private final KubeSettings settings;
    private final ClusterLogin.Login login;
    private final String runId;
    private final String namespace;
    private final Consumer<String> log;
    private final Manifests manifests;
    private final Janitor janitor;
    private final RunCleanup cleanup;
    private final ShutdownCleanup shutdown;
    private final Map<String, String> facts = new LinkedHashMap<>();
    private final Map<String, String> missingClasses = new LinkedHashMap<>();
    private final String id;
    private final AutoCloseable cluster;
    private CaseRunner cases;
    private KubeLab.Shared labs;
    private int labCount;
    private final OpenFaults faults;
    private final FaultPermission faultPermission;

    private KubePlatform(ClusterLogin.Login login, KubeSettings settings, FaultPermission faultPermission,
                         String runId, Consumer<String> log, String id, AutoCloseable cluster) {
        this.login = login;
        this.faultPermission = faultPermission;
        this.id = id;
        this.cluster = cluster;
        this.settings = settings;
        this.runId = runId;
        this.log = log;
        this.client = new KubernetesClientBuilder().withConfig(login.config()).build();
        this.namespace = settings.options().namespace() != null ? settings.options().namespace()
                : "storage-harness-" + runId;
        this.manifests = new Manifests(runId, Instant.now().getEpochSecond());
        this.janitor = new Janitor(client, log);
        this.faults = new OpenFaults(log);
        this.cleanup = new RunCleanup(janitor, faults, namespace, runId, settings.options().namespace() == null,
                settings.keep(), log);
        this.shutdown = new ShutdownCleanup("kube-target-cleanup", cleanup::run);
    }

    /** Logs in (refusing contexts that are not allowed before any request) and prepares the target. */
    public static KubePlatform open(KubeSettings settings, String runId, Consumer<String> log) {
        return open(ClusterLogin.login(settings), settings, FaultPermission.NONE, runId, log);
    }

    /**
     * Prepares the target on an allowed context.
     *
     * @param faults the permission for destructive faults: the preflight checks the rights of its mode
     */
    public static KubePlatform open(ClusterLogin.Login login, KubeSettings settings, FaultPermission faults,
                                    String runId, Consumer<String> log) {
        log.accept("cluster context " + login.context() + " at " + login.config().getMasterUrl());
        return new KubePlatform(login, settings, faults, runId, log, "kubeconfig:" + login.context(), () -> { });
    }

    /**
     * A target on a cluster the harness started itself (K3s); {@code cluster} is closed after the run's objects are
     * removed.
     */
    public static KubePlatform onOwnCluster(String kubeconfigYaml, String name, KubeSettings settings,
                                            FaultPermission faults, String runId, Consumer<String> log,
                                            AutoCloseable cluster, Map<String, String> facts) {
        ClusterLogin.Login login = new ClusterLogin.Login(Config
                .fromKubeconfig(kubeconfigYaml), name);
        KubePlatform target = new KubePlatform(login, settings, faults, runId, log, name, cluster);
        target.facts.putAll(facts);
        return target;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Map<String, String> facts() {
        return facts;
    }

    @Override
    public Optional<String> skipReason(EngineSpec engine) {
        return Preflight.noStorageClass(engine).or(() -> Optional.ofNullable(missingClasses.get(engine.id())));
    }

    @Override
    public List<Problem> preflight(Suite suite) {
        Preflight preflight = new Preflight(client, suite);
        List<Problem> found = preflight.problems();
        ClusterApis apis = ClusterApis.read(client);
        // Rights first: a run that would fail halfway with 403 stops here, before anything is created.
        List<Problem> problems = new ArrayList<>(RunAccess.problems(client, new RunScope(suite, preflight.running(),
                namespace, settings.options().namespace() == null, faultPermission, settings.keptVolumes(), apis), log));
        problems.addAll(found);
        problems.addAll(NodeBaselines.namespaceProblems(client, suite, settings.options().namespace()));
        if (!problems.isEmpty()) {
            return problems;
        }
        missingClasses.putAll(preflight.missing);
        missingClasses.values().forEach(reason -> log.accept("skipping: " + reason));
        prepare(suite, apis.metricsServer());
        return ChecksPreflight.forSuite(client, suite, e -> skipReason(e).isEmpty() && e.nodeVolume().isEmpty(),
                log);
    }

    /** Removes old leftovers, arms cleanup, creates the namespace and reads the facts: the run starts here. */
    private void prepare(Suite suite, boolean metrics) {
        janitor.sweep(settings.options().namespace(), settings.options().leftoverTtl(), runId,
                Instant.now().getEpochSecond());
        shutdown.register();
        cleanup.arm();
        createNamespace(NodeBaselines.needsPrivileged(suite));
        facts.putAll(ClusterFacts.read(client, login.context(), suite.engines()));
        facts.put("namespace", namespace);
        facts.put("fio.image", settings.options().fioImage());
        facts.put("metrics-server", metrics ? "available: engine CPU and memory sampled during each case"
                : "not available: no resource cost is reported");
        PodFioVersion fioVersion = new PodFioVersion(settings.options().fioImage(), facts);
        cases = new CaseRunner(client, namespace, manifests, settings.options(), suite, runId, log, metrics, fioVersion);
        labs = new KubeLab.Shared(client, namespace, manifests, settings.options(), runId, faults, log, fioVersion);
    }

    private void createNamespace(boolean privileged) {
        if (settings.options().namespace() != null) {
            return;
        }
        var meta = manifests.meta(namespace, "namespace", null);
        if (privileged) {
            meta.getLabels().put(NodeBaselines.POD_SECURITY_LABEL, NodeBaselines.PRIVILEGED);
        }
        client.namespaces().resource(new NamespaceBuilder().withMetadata(meta).build()).create();
        log.accept("namespace " + namespace + " created for this run" + (privileged ? " with Pod Security level"
                + " privileged (the node baseline's pods mount the node's storage)" : ""));
    }

    @Override
    public void prepare(EngineSpec engine, WorkloadSpec workload, Path caseDir) throws InterruptedException {
        prepared(cases).prepare(engine, workload, caseDir);
    }

    @Override
    public FioExecution run(EngineSpec engine, WorkloadSpec workload, Path caseDir) throws InterruptedException {
        return prepared(cases).run(engine, workload, caseDir);
    }

    /** What preflight prepared; a case or check before it is a harness bug. */
    private static <T> T prepared(T byPreflight) {
        if (byPreflight == null) {
            throw new IllegalStateException("preflight has not run");
        }
        return byPreflight;
    }

    @Override
    public Optional<String> checksUnsupported() {
        return Optional.empty();
    }

    @Override
    public synchronized VolumeLab lab(EngineSpec engine, CheckKind check) {
        return new KubeLab(prepared(labs), engine, "sh-" + runId + "-x" + (++labCount));
    }

    @Override
    public FioExecution runKept(EngineSpec engine, WorkloadSpec workload, Path caseDir) throws InterruptedException {
        return prepared(cases).runKept(engine, workload, caseDir);
    }

    @Override
    public void dropKept(EngineSpec engine) {
        if (cases != null) {
            cases.dropKept(engine);
        }
    }

    @Override
    public void close() {
        try {
            shutdown.close();
        } finally {
            client.close();
            closeCluster();
        }
    }

    private void closeCluster() {
        try {
            cluster.close();
        } catch (Exception e) {
            log.accept("WARNING: could not stop the cluster [" + id + "]: " + e.getMessage());
        }
    }
}
