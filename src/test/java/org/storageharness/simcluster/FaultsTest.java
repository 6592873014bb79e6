package org.storageharness.simcluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ContainerStateWaiting;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.storageharness.platform.kube.pods.FioPodContract;
import org.storageharness.testing.RequiresFio;

@Tag("simulated-cluster")
class FaultsTest {

    private static final String NS = "storage-harness-faults";

    @RegisterExtension
    final TestCluster test = TestCluster.of(NS, c -> c.addNode("node-a").addNode("node-b")
            .addStorageClass("fast", "fast.csi.example.com", VolumeBindingMode.IMMEDIATE)
            .addStorageClass("slow", "slow.csi.example.com", VolumeBindingMode.IMMEDIATE));

    @BeforeEach
    void createClaim() {
        client().persistentVolumeClaims().inNamespace(NS).resource(Manifests.claim("vol", "fast", "Filesystem", "1Gi"))
                .create();
    }

    @Test
    void stuckProvisioningLeavesTheClaimPendingAndSaysSo() {
        test.cluster().faults().provisioningStuck("slow");

        client().persistentVolumeClaims().inNamespace(NS)
                .resource(Manifests.claim("stuck", "slow", "Filesystem", "1Gi")).create();

        Event event = Awaits.event(client(), NS, "stuck", "ProvisioningFailed");
        assertThat(event.getType()).isEqualTo("Warning");
        assertThat(event.getMessage()).contains("StorageClass \"slow\"");
        var claim = client().persistentVolumeClaims().inNamespace(NS).withName("stuck").get();
        assertThat(claim.getStatus().getPhase()).isEqualTo("Pending");
        assertThat(claim.getSpec().getVolumeName()).isNull();
    }

    @Test
    void stuckContainerCreatingNeverStartsThePod() {
        test.cluster().faults().containerCreatingStuck(Faults.labelled("fault", "stuck"));
        Pod stuck = Manifests.shellPod("stuck", "vol", "exit 0", "node-a");
        stuck.getMetadata().getLabels().put("fault", "stuck");
        client().pods().inNamespace(NS).resource(stuck).create();
        Awaits.pod(client(), NS, "stuck", p -> "ContainerCreating".equals(waitingReason(p)));

        client().pods().inNamespace(NS).resource(Manifests.shellPod("control", "vol", "exit 0", "node-a")).create();
        Awaits.phase(client(), NS, "control", "Succeeded");

        Pod after = client().pods().inNamespace(NS).withName("stuck").get();
        assertThat(after.getStatus().getPhase()).isEqualTo("Pending");
        assertThat(waitingReason(after)).isEqualTo("ContainerCreating");
    }

    @Test
    void logOfAContainerThatHasNotStartedIsRefusedAsByAKubelet() {
        test.cluster().faults().containerCreatingStuck(Faults.anyPod());
        client().pods().inNamespace(NS).resource(Manifests.shellPod("stuck", "vol", "exit 0", null)).create();
        Awaits.pod(client(), NS, "stuck", p -> "ContainerCreating".equals(waitingReason(p)));

        assertThatThrownBy(() -> client().pods().inNamespace(NS).withName("stuck").withReadyWaitTimeout(0).getLog())
                .isInstanceOf(KubernetesClientException.class)
                .hasMessageContaining("container \"shell\" in pod \"stuck\" is waiting to start: ContainerCreating");
    }

    @Test
    void failingImagePullBacksOffAndLeavesThePodPending() {
        test.cluster().faults().imagePullFails(Faults.anyPod());

        client().pods().inNamespace(NS).resource(Manifests.fioPod("fio", "vol", "job", false, null)).create();

        Pod pod = Awaits.pod(client(), NS, "fio", p -> "ImagePullBackOff".equals(waitingReason(p)));
        ContainerStateWaiting waiting = pod.getStatus().getContainerStatuses().get(0).getState().getWaiting();
        assertThat(pod.getStatus().getPhase()).isEqualTo("Pending");
        assertThat(waiting.getMessage()).contains(Manifests.IMAGE);
        assertThat(client().v1().events().inNamespace(NS).list().getItems()).extracting(Event::getMessage)
                .contains("Error: ErrImagePull", "Error: ImagePullBackOff");
    }

    @Test
    @RequiresFio
    void failingFioEndsThePodFailedWithFiosOwnError() {
        test.cluster().faults().fioFails(Faults.anyPod());
        client().configMaps().inNamespace(NS).resource(Manifests.jobFile("job", Manifests.SHORT_JOB)).create();

        client().pods().inNamespace(NS).resource(Manifests.fioPod("fio", "vol", "job", false, null)).create();

        Pod pod = Awaits.phase(client(), NS, "fio", "Failed");
        String log = client().pods().inNamespace(NS).withName("fio").inContainer("fio").getLog();
        assertThat(pod.getStatus().getContainerStatuses().get(0).getState().getTerminated().getExitCode()).isEqualTo(1);
        assertThat(log).contains("fio: unrecognized option '" + FaultyFio.OPTION + "'")
                .contains(FioPodContract.BEGIN).contains(FioPodContract.END_PREFIX + "1");
    }

    @Test
    void notReadyNodeTakesNoPodsUntilItIsReadyAgain() {
        test.cluster().faults().nodeNotReady("node-b");
        assertThat(Nodes.isReady(client().nodes().withName("node-b").get())).isFalse();

        client().pods().inNamespace(NS).resource(Manifests.shellPod("pinned", "vol", "exit 0", "node-b")).create();

        Event failed = Awaits.event(client(), NS, "pinned", "FailedScheduling");
        assertThat(failed.getMessage()).contains("node.kubernetes.io/not-ready");
        test.cluster().setNodeReady("node-b", true);
        assertThat(Awaits.phase(client(), NS, "pinned", "Succeeded").getSpec().getNodeName()).isEqualTo("node-b");
    }

    private static String waitingReason(Pod pod) {
        if (pod.getStatus() == null || pod.getStatus().getContainerStatuses().isEmpty()) {
            return null;
        }
        var waiting = pod.getStatus().getContainerStatuses().get(0).getState().getWaiting();
        return waiting == null ? null : waiting.getReason();
    }

    private KubernetesClient client() {
        return test.client();
    }
}
