package org.storageharness.plan;

import io.fabric8.kubernetes.api.model.storage.CSIDriver;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.storageharness.engine.adapter.EngineAdapters;
import org.storageharness.platform.kube.access.ClusterApis;
import org.storageharness.platform.kube.cluster.Preflight;
import org.storageharness.platform.kube.lab.KubeLab;
import org.storageharness.platform.kube.lab.SnapshotControllers;
import org.storageharness.suite.CheckKind;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.Suite;

/**
 * What the cluster offers the suite, found with reads only: its StorageClasses and CSI drivers, the snapshot API,
 * snapshot classes and controller, metrics-server, and whether each engine's adapter answers.
 */
final class ClusterSurvey {

    private final KubernetesClient client;
    private final Suite suite;
    private final Map<String, String> found = new LinkedHashMap<>();

    ClusterSurvey(KubernetesClient client, Suite suite) {
        this.client = client;
        this.suite = suite;
    }

    /** The section listing each thing the run relies on, found or missing. */
    PlanParts.Section section(List<EngineSpec> running, ClusterApis apis) {
        found.put("Kubernetes", ClusterReads.attempt(() -> client.getKubernetesVersion().getGitVersion())
                .orElse("unknown") + " at " + client.getMasterUrl());
        found.put("ready nodes", ClusterReads.attempt(() -> Preflight.readyNodes(client))
                .map(n -> n.size() + " " + n).orElse("cannot list nodes"));
        storage();
        if (suite.checks().runs(CheckKind.SNAPSHOT)) {
            snapshots(running, apis);
        }
        found.put("metrics-server", apis.metricsServer() ? "available: engine CPU and memory are sampled"
                : "not available: no engine CPU and memory in the report");
        running.stream().filter(e -> !e.traits().adapter().equals("none")).forEach(this::adapter);
        StringBuilder md = new StringBuilder("| what | found |\n|---|---|\n");
        found.forEach((what, state) -> md.append("| ").append(what).append(" | ").append(state).append(" |\n"));
        return new PlanParts.Section("Cluster", md.toString());
    }

    private void storage() {
        Map<String, StorageClass> classes = ClusterReads.attempt(() -> client.storage().v1().storageClasses().list()
                .getItems()).orElse(List.of()).stream().collect(Collectors.toMap(c -> c.getMetadata().getName(),
                        c -> c, (a, b) -> a));
        Set<String> drivers = ClusterReads.attempt(() -> client.storage().v1().csiDrivers().list().getItems())
                .orElse(List.of()).stream().map(CSIDriver::getMetadata).map(m -> m.getName())
                .collect(Collectors.toSet());
        for (EngineSpec engine : suite.engines()) {
            if (engine.storageClass() == null) {
                continue;
            }
            StorageClass sc = classes.get(engine.storageClass());
            found.put("StorageClass `" + engine.storageClass() + "` (" + engine.id() + ")", sc == null
                    ? "**missing**: the engine is skipped" : "provisioner `" + sc.getProvisioner() + "`, binding "
                    + sc.getVolumeBindingMode() + ", CSIDriver " + (drivers.contains(sc.getProvisioner())
                    ? "registered" : "**not registered**"));
        }
    }

    private void snapshots(List<EngineSpec> running, ClusterApis apis) {
        found.put("snapshot API (snapshot.storage.k8s.io/v1)", apis.snapshotApi() ? "served" : "**not served**");
        found.put("snapshot-controller", ClusterReads.attempt(() -> client.pods().inAnyNamespace().list().getItems())
                .map(SnapshotControllers::running).map(c -> c.isEmpty() ? "**none running**" : String.join(", ", c))
                .orElse("cannot list pods in all namespaces"));
        running.stream().filter(e -> e.traits().capabilities().snapshot()).forEach(e -> found.put(
                "VolumeSnapshotClass (" + e.id() + ")", ClusterReads.decide(() -> {
                    var choice = KubeLab.restorable(client, e);
                    return Optional.of(choice.name().map(n -> "`" + n + "`").orElse("**none**: " + choice.problem()));
                }).orElseThrow()));
    }

    /** The adapter's version read: it answers, or why not. */
    private void adapter(EngineSpec engine) {
        String state;
        try {
            state = "reachable: " + EngineAdapters.of(engine.kind(), engine.traits(), client).version();
        } catch (RuntimeException e) {
            // A 403 (tier 1 missing), an engine not installed, a REST API not answering: each says what to do.
            state = "**not reachable**: " + e.getMessage();
        }
        found.put("adapter `" + engine.traits().adapter() + "` (" + engine.id() + ")", state);
    }
}
