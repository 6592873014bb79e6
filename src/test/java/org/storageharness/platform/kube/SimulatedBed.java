package org.storageharness.platform.kube;

import org.storageharness.platform.kube.cluster.KubeSettings;
import org.storageharness.platform.kube.cluster.Labels;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.storageharness.fio.FioRunner;
import org.storageharness.run.RunSession;
import org.storageharness.simcluster.SimulatedCluster;
import org.storageharness.simcluster.VolumeBindingMode;
import org.storageharness.suite.Suite;
import org.storageharness.testing.CommandLines;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshot;

/**
 * A simulated cluster with nodes {@code node-1..n}, StorageClasses {@code local-path} (WaitForFirstConsumer) and
 * {@code sim-fast} (Immediate), a kubeconfig whose context {@code sim} is allowed, and runs opened on it through the
 * production path (kubeconfig file → context guard → Kubernetes target → preflight).
 */
final class SimulatedBed implements AutoCloseable {

    final SimulatedCluster cluster;
    final Path kubeconfig;
    final List<String> log = new CopyOnWriteArrayList<>();

    SimulatedBed(Path dir, int nodes) {
        this(dir, nodes, false);
    }

    /** @param tls true for an API server on HTTPS, as a real cluster's (the standalone server; TLS path tests) */
    SimulatedBed(Path dir, int nodes, boolean tls) {
        cluster = tls ? SimulatedCluster.startWithTls(dir.resolve("sim")) : SimulatedCluster.start(dir.resolve("sim"));
        for (int i = 1; i <= nodes; i++) {
            cluster.addNode("node-" + i);
        }
        cluster.addStorageClass("local-path", "rancher.io/local-path", VolumeBindingMode.WAIT_FOR_FIRST_CONSUMER);
        cluster.addStorageClass("sim-fast", "fast.csi.sim.example", VolumeBindingMode.IMMEDIATE);
        kubeconfig = cluster.writeKubeconfig(dir.resolve("kubeconfig.yaml"), "sim");
    }

    RunSession open(Suite suite, Path out, Map<String, String> properties) {
        Map<String, String> props = new HashMap<>(Map.of("kubeconfig", kubeconfig.toString(), "cluster.allow", "sim"));
        props.putAll(properties);
        String runId = RunSession.newRunId();
        KubePlatform target = KubePlatform.open(KubeSettings.from(suite.kubernetes(),
                CommandLines.settings(props).platform().kube()), runId, log::add);
        return RunSession.start(suite, out, new FioRunner("fio"), target, runId, log::add);
    }

    RunSession open(Suite suite, Path out) {
        return open(suite, out, Map.of());
    }

    /** Every object in the cluster carrying the harness's manager label, as {@code kind/namespace/name}. */
    List<String> harnessObjects() {
        KubernetesClient c = cluster.client();
        List<HasMetadata> found = new ArrayList<>();
        found.addAll(c.pods().inAnyNamespace().withLabel(Labels.MANAGED_BY, Labels.MANAGER).list().getItems());
        found.addAll(c.persistentVolumeClaims().inAnyNamespace().withLabel(Labels.MANAGED_BY, Labels.MANAGER).list()
                .getItems());
        found.addAll(c.configMaps().inAnyNamespace().withLabel(Labels.MANAGED_BY, Labels.MANAGER).list().getItems());
        found.addAll(c.namespaces().withLabel(Labels.MANAGED_BY, Labels.MANAGER).list().getItems());
        found.addAll(c.resources(VolumeSnapshot.class).inAnyNamespace()
                .withLabel(Labels.MANAGED_BY, Labels.MANAGER).list().getItems());
        c.nodes().list().getItems().stream().filter(n -> Boolean.TRUE.equals(n.getSpec().getUnschedulable()))
                .forEach(found::add);
        return found.stream().map(o -> o.getKind() + "/" + o.getMetadata().getNamespace() + "/"
                + o.getMetadata().getName()).toList();
    }

    /** fio processes started by this JVM (the simulated kubelet's pods) that are still alive. */
    static List<String> runningFio() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .map(p -> p.info().commandLine().orElse("")).filter(c -> c.contains("fio")).toList();
    }

    @Override
    public void close() {
        cluster.close();
    }
}
