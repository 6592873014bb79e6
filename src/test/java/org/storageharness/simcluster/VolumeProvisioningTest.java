package org.storageharness.simcluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("simulated-cluster")
class VolumeProvisioningTest {

    private static final String NS = "storage-harness-volumes";

    @RegisterExtension
    final TestCluster test = TestCluster.of(NS, c -> c.addNode("node-a").addNode("node-b")
            .addStorageClass("fast", "fast.csi.example.com", VolumeBindingMode.IMMEDIATE)
            .addStorageClass("local", "local.csi.example.com", VolumeBindingMode.WAIT_FOR_FIRST_CONSUMER));

    @Test
    void bindsAClaimOfAnImmediateClassToANewVolume() {
        create(Manifests.claim("vol", "fast", "Filesystem", "2Gi"));

        PersistentVolumeClaim claim = bound("vol");
        PersistentVolume pv = client().persistentVolumes().withName(claim.getSpec().getVolumeName()).get();

        assertThat(claim.getStatus().getCapacity().get("storage").toString()).isEqualTo("2Gi");
        assertThat(pv.getSpec().getClaimRef().getName()).isEqualTo("vol");
        assertThat(pv.getSpec().getClaimRef().getUid()).isEqualTo(claim.getMetadata().getUid());
        assertThat(pv.getSpec().getPersistentVolumeReclaimPolicy()).isEqualTo("Delete");
        assertThat(pv.getSpec().getCsi().getDriver()).isEqualTo("fast.csi.example.com");
        assertThat(pv.getSpec().getNodeAffinity()).isNull();
        assertThat(volumeDir(pv)).isDirectory();
    }

    @Test
    void bindsAWaitForFirstConsumerClaimOnTheNodeOfItsFirstPod() {
        create(Manifests.claim("vol", "local", "Filesystem", "1Gi"));
        Awaits.event(client(), NS, "vol", "WaitForFirstConsumer");
        assertThat(client().persistentVolumeClaims().inNamespace(NS).withName("vol").get().getStatus().getPhase())
                .isEqualTo("Pending");

        client().pods().inNamespace(NS).resource(Manifests.shellPod("user", "vol", "exit 0", "node-b")).create();

        PersistentVolumeClaim claim = bound("vol");
        PersistentVolume pv = client().persistentVolumes().withName(claim.getSpec().getVolumeName()).get();
        Pod pod = Awaits.phase(client(), NS, "user", "Succeeded");
        assertThat(claim.getMetadata().getAnnotations()).containsEntry(Claim.SELECTED_NODE, "node-b");
        assertThat(pv.getSpec().getNodeAffinity().getRequired().getNodeSelectorTerms().get(0).getMatchExpressions()
                .get(0).getValues()).containsExactly("node-b");
        assertThat(pod.getSpec().getNodeName()).isEqualTo("node-b");
    }

    @Test
    void givesABlockClaimASparseDeviceFileOfTheClaimedSize() throws Exception {
        create(Manifests.claim("vol", "fast", "Block", "64Mi"));

        PersistentVolume pv = client().persistentVolumes().withName(bound("vol").getSpec().getVolumeName()).get();

        assertThat(pv.getSpec().getVolumeMode()).isEqualTo("Block");
        assertThat(Files.size(volumeDir(pv).resolve(VolumeStore.DEVICE))).isEqualTo(64L << 20);
    }

    @Test
    void deletesTheVolumeAndItsDirectoryWithTheClaim() {
        create(Manifests.claim("vol", "fast", "Filesystem", "1Gi"));
        PersistentVolume pv = client().persistentVolumes().withName(bound("vol").getSpec().getVolumeName()).get();

        client().persistentVolumeClaims().inNamespace(NS).withName("vol").delete();

        client().persistentVolumes().withName(pv.getMetadata().getName())
                .waitUntilCondition(v -> v == null, Awaits.SECONDS, TimeUnit.SECONDS);
        assertThat(volumeDir(pv)).doesNotExist();
    }

    @Test
    void deletingTheNamespaceDeletesItsClaimsAndTheirVolumes() {
        create(Manifests.claim("vol", "fast", "Filesystem", "1Gi"));
        PersistentVolume pv = client().persistentVolumes().withName(bound("vol").getSpec().getVolumeName()).get();

        client().namespaces().withName(NS).delete();

        client().persistentVolumes().withName(pv.getMetadata().getName())
                .waitUntilCondition(v -> v == null, Awaits.SECONDS, TimeUnit.SECONDS);
        assertThat(client().persistentVolumeClaims().inNamespace(NS).list().getItems()).isEmpty();
    }

    @Test
    void podThatFitsNoNodeStaysPendingAsUnschedulable() {
        create(Manifests.claim("vol", "fast", "Filesystem", "1Gi"));
        client().pods().inNamespace(NS).resource(Manifests.shellPod("lost", "vol", "exit 0", "node-z")).create();

        Pod pod = Awaits.pod(client(), NS, "lost", p -> PodStatuses.condition(p, "PodScheduled") != null);

        assertThat(pod.getStatus().getPhase()).isEqualTo("Pending");
        assertThat(PodStatuses.condition(pod, "PodScheduled").getReason()).isEqualTo("Unschedulable");
        assertThat(Awaits.event(client(), NS, "lost", "FailedScheduling").getMessage())
                .isEqualTo("0/2 nodes are available: 2 node(s) didn't match Pod's node affinity/selector.");
    }

    private void create(PersistentVolumeClaim claim) {
        client().persistentVolumeClaims().inNamespace(NS).resource(claim).create();
    }

    private PersistentVolumeClaim bound(String name) {
        return client().persistentVolumeClaims().inNamespace(NS).withName(name)
                .waitUntilCondition(c -> c != null && new Claim(c).bound(), Awaits.SECONDS, TimeUnit.SECONDS);
    }

    private Path volumeDir(PersistentVolume pv) {
        return test.cluster().workDir().resolve("volumes").resolve(pv.getMetadata().getName());
    }

    private KubernetesClient client() {
        return test.client();
    }
}
