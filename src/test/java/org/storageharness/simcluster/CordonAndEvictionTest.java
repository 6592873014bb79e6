package org.storageharness.simcluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a drain does, through fabric8's own calls: cordon (spec.unschedulable) and the eviction subresource. */
@Tag("simulated-cluster")
class CordonAndEvictionTest {

    private static final String NS = "storage-harness-drain";

    @RegisterExtension
    final TestCluster test = TestCluster.of(NS, c -> c.addNode("node-a").addNode("node-b")
            .addStorageClass("fast", "fast.csi.example.com", VolumeBindingMode.IMMEDIATE));

    @BeforeEach
    void createClaim() {
        client().persistentVolumeClaims().inNamespace(NS).resource(Manifests.claim("vol", "fast", "Filesystem", "1Gi"))
                .create();
    }

    @Test
    void cordonedNodeTakesNoNewPodsUntilUncordoned() {
        cordon("node-a", true);
        client().pods().inNamespace(NS).resource(Manifests.shellPod("free", "vol", "exit 0", null)).create();
        client().pods().inNamespace(NS).resource(Manifests.shellPod("pinned", "vol", "exit 0", "node-a")).create();

        Pod free = Awaits.pod(client(), NS, "free", p -> p.getSpec().getNodeName() != null);
        Pod pinned = Awaits.pod(client(), NS, "pinned", p -> PodStatuses.condition(p, "PodScheduled") != null);
        cordon("node-a", false);
        Pod scheduled = Awaits.pod(client(), NS, "pinned", p -> p.getSpec().getNodeName() != null);

        assertThat(free.getSpec().getNodeName()).isEqualTo("node-b");
        assertThat(PodStatuses.condition(pinned, "PodScheduled").getMessage()).isEqualTo("0/2 nodes are available:"
                + " 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) were unschedulable.");
        assertThat(scheduled.getSpec().getNodeName()).isEqualTo("node-a");
    }

    @Test
    void cordonLeavesRunningPodsRunning() {
        client().pods().inNamespace(NS).resource(Manifests.shellPod("running", "vol", "sleep 30", "node-a"))
                .create();
        Awaits.phase(client(), NS, "running", "Running");

        cordon("node-a", true);

        Awaitility.await("pod [running] still Running").during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> "Running".equals(client().pods().inNamespace(NS).withName("running").get().getStatus()
                        .getPhase()));
    }

    @Test
    void evictionDeletesThePodAndStopsItsProcess() throws Exception {
        client().pods().inNamespace(NS).resource(Manifests.shellPod("victim", "vol", "sleep 30", "node-a")).create();
        Awaits.phase(client(), NS, "victim", "Running");
        ProcessHandle sleep = ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("sleep 30")).findFirst().orElseThrow();

        boolean evicted = client().pods().inNamespace(NS).withName("victim").evict();

        assertThat(evicted).isTrue();
        client().pods().inNamespace(NS).withName("victim").waitUntilCondition(p -> p == null, Awaits.SECONDS,
                TimeUnit.SECONDS);
        sleep.onExit().get(Awaits.SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void evictingAMissingPodFailsWithNotFound() {
        assertThatThrownBy(() -> client().pods().inNamespace(NS).withName("missing").evict())
                .isInstanceOf(KubernetesClientException.class)
                .satisfies(e -> assertThat(((KubernetesClientException) e).getCode()).isEqualTo(404));
    }

    /** As {@code kubectl cordon} / {@code uncordon} do it. */
    private void cordon(String node, boolean unschedulable) {
        client().nodes().withName(node).edit(n -> new NodeBuilder(n).editSpec().withUnschedulable(unschedulable)
                .endSpec().build());
    }

    private KubernetesClient client() {
        return test.client();
    }
}
