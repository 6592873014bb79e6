package org.storageharness.simcluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshot;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshotBuilder;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshotContent;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("simulated-cluster")
class SnapshotTest {

    private static final String NS = "storage-harness-snapshots";

    @RegisterExtension
    final TestCluster test = TestCluster.of(NS, c -> c.addNode("node-a")
            .addStorageClass("fast", "fast.csi.example.com", VolumeBindingMode.IMMEDIATE)
            .addSnapshotClass("fast-snap", "fast.csi.example.com", Map.of()));

    @BeforeEach
    void createClaim() {
        client().persistentVolumeClaims().inNamespace(NS).resource(Manifests.claim("vol", "fast", "Filesystem", "1Gi"))
                .create();
    }

    @Test
    void snapshotBecomesReadyWithTheClaimSizeAsRestoreSize() {
        createSnapshot("snap");

        VolumeSnapshot snapshot = ready("snap");
        VolumeSnapshotContent content = client().resources(VolumeSnapshotContent.class)
                .withName(snapshot.getStatus().getBoundVolumeSnapshotContentName()).get();

        assertThat(snapshot.getStatus().getRestoreSize().toString()).isEqualTo("1Gi");
        assertThat(snapshot.getStatus().getCreationTime()).isNotBlank();
        assertThat(content.getSpec().getDriver()).isEqualTo("fast.csi.example.com");
        assertThat(content.getSpec().getVolumeSnapshotRef().getName()).isEqualTo("snap");
        assertThat(content.getStatus().getReadyToUse()).isTrue();
        assertThat(content.getStatus().getRestoreSize()).isEqualTo(1L << 30);
    }

    @Test
    void restoredClaimHoldsTheContentOfSnapshotTime() {
        runShell("write-a", "vol", "echo A > \"$DATA/marker\"");
        createSnapshot("snap");
        ready("snap");
        runShell("write-b", "vol", "echo B > \"$DATA/marker\"");

        client().persistentVolumeClaims().inNamespace(NS)
                .resource(Manifests.restoredClaim("restored", "fast", "snap", "1Gi")).create();

        assertThat(runShell("read-restored", "restored", "cat \"$DATA/marker\"")).isEqualTo("A\n");
        assertThat(runShell("read-original", "vol", "cat \"$DATA/marker\"")).isEqualTo("B\n");
    }

    @Test
    void deletingTheSnapshotDeletesItsContent() {
        createSnapshot("snap");
        String content = ready("snap").getStatus().getBoundVolumeSnapshotContentName();

        client().resources(VolumeSnapshot.class).inNamespace(NS).withName("snap").delete();

        client().resources(VolumeSnapshotContent.class).withName(content)
                .waitUntilCondition(c -> c == null, Awaits.SECONDS, TimeUnit.SECONDS);
        assertThat(test.cluster().workDir().resolve("snapshots").resolve(content)).doesNotExist();
    }

    private void createSnapshot(String name) {
        client().resources(VolumeSnapshot.class).inNamespace(NS).resource(new VolumeSnapshotBuilder()
                .withNewMetadata().withName(name).withLabels(Manifests.labels("volume")).endMetadata()
                .withNewSpec().withVolumeSnapshotClassName("fast-snap").withNewSource()
                .withPersistentVolumeClaimName("vol").endSource().endSpec().build()).create();
    }

    private VolumeSnapshot ready(String name) {
        return client().resources(VolumeSnapshot.class).inNamespace(NS).withName(name).waitUntilCondition(
                s -> s != null && s.getStatus() != null && Boolean.TRUE.equals(s.getStatus().getReadyToUse()),
                Awaits.SECONDS, TimeUnit.SECONDS);
    }

    /** Runs {@code script} in a pod with the claim at $DATA and returns its log once it succeeded. */
    private String runShell(String pod, String claim, String script) {
        client().pods().inNamespace(NS).resource(Manifests.shellPod(pod, claim, script, null)).create();
        Awaits.phase(client(), NS, pod, "Succeeded");
        return client().pods().inNamespace(NS).withName(pod).getLog();
    }

    private KubernetesClient client() {
        return test.client();
    }
}
