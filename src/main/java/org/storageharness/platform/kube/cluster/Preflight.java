package org.storageharness.platform.kube.cluster;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.Problem;
import org.storageharness.suite.Suite;
import org.storageharness.suite.WorkloadSpec;

/** What would make a run on the cluster meaningless, found with reads only, before anything is created. */
public final class Preflight {

    private final KubernetesClient client;
    private final Suite suite;

    public Preflight(KubernetesClient client, Suite suite) {
        this.client = client;
        this.suite = suite;
    }

    /** Engines whose StorageClass this cluster lacks, with the reason their cases are skipped. */
    public final Map<String, String> missing = new LinkedHashMap<>();

    /**
     * Problems that stop the run. An engine whose StorageClass is missing is only skipped (a homelab rarely has every
     * engine of a shared suite), unless no engine of the suite can run at all.
     */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        try {
            Set<String> classes = client.storage().v1().storageClasses().list().getItems().stream()
                    .map(StorageClass::getMetadata).map(m -> m.getName()).collect(Collectors.toSet());
            List<EngineSpec> onCluster = suite.engines().stream().filter(EngineSpec::runsOnKubernetes).toList();
            Set<String> nodes = onCluster.stream().anyMatch(e -> e.nodeVolume().isPresent()) ? nodeNames(client)
                    : Set.of();
            for (EngineSpec engine : onCluster) {
                if (engine.nodeVolume().isPresent()) {
                    String node = engine.nodeVolume().get().node();
                    if (!nodes.contains(node)) {
                        missing.put(engine.id(), "node [" + node + "] of engine [" + engine.id() + "] (a node"
                                + " baseline) is not a node of this cluster; nodes: "
                                + nodes.stream().sorted().toList());
                    }
                } else if (!classes.contains(engine.storageClass())) {
                    missing.put(engine.id(), "StorageClass [" + engine.storageClass() + "] of engine [" + engine.id()
                            + "] does not exist in this cluster; existing: " + classes.stream().sorted().toList());
                }
            }
            if (!onCluster.isEmpty() && missing.size() == onCluster.size()) {
                missing.forEach((id, reason) -> problems.add(new Problem(suite.file(), 0, "engines." + id
                        + (reason.startsWith("node [") ? ".node.name" : ".storageClass"), reason)));
            }
            int needed = suite.workloads().stream().mapToInt(WorkloadSpec::fanOut).max().orElse(1);
            List<String> ready = readyNodes(client);
            if (needed > ready.size()) {
                problems.add(new Problem(suite.file(), 0, "workloads.fanOut", "a workload fans out to " + needed
                        + " nodes but the cluster has " + ready.size() + " ready, schedulable node(s) " + ready));
            }
        } catch (KubernetesClientException e) {
            problems.add(new Problem(suite.file(), 0, "target", "Cluster unavailable: cannot read from the API"
                    + " server [" + client.getMasterUrl() + "]: " + e.getMessage()));
        }
        return problems;
    }

    /** Why {@code engine} cannot run on a cluster (it names no StorageClass), or empty when it can. */
    public static Optional<String> noStorageClass(EngineSpec engine) {
        return engine.runsOnKubernetes() ? Optional.empty() : Optional.of("engine [" + engine.id() + "] has no"
                + " [storageClass], so it runs only on the local target; run with -Dtarget=local");
    }

    /** The suite's engines with a StorageClass that exists here (all of them when the classes could not be read). */
    public List<EngineSpec> running() {
        return suite.engines().stream().filter(e -> e.runsOnKubernetes() && !missing.containsKey(e.id())).toList();
    }

    private static Set<String> nodeNames(KubernetesClient client) {
        return client.nodes().list().getItems().stream().map(n -> n.getMetadata().getName())
                .collect(Collectors.toSet());
    }

    /** Ready, schedulable nodes, sorted by name. */
    public static List<String> readyNodes(KubernetesClient client) {
        return client.nodes().list().getItems().stream().filter(Preflight::usable)
                .map(n -> n.getMetadata().getName()).sorted().toList();
    }

    private static boolean usable(Node n) {
        boolean unschedulable = n.getSpec() != null && Boolean.TRUE.equals(n.getSpec().getUnschedulable());
        return !unschedulable && n.getStatus() != null && n.getStatus().getConditions() != null
                && n.getStatus().getConditions().stream()
                .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    }
}
