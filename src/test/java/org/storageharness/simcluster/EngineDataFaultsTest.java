package org.storageharness.simcluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshot;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshotBuilder;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The replicated engine's data knobs, each seen by pods reading the volume, and the healthy engine beside them. */
@Tag("simulated-cluster")
class EngineDataFaultsTest {

    private static final String NS = "storage-harness-engine-data";

    @RegisterExtension
    final TestCluster test = TestCluster.of(NS, c -> c.addNode("node-a").addNode("node-b").addNode("node-c"));

    private SimulatedEngine engine;

    @BeforeEach
    void createEngineAndClaim() {
        engine = test.cluster().addReplicatedEngine("longhorn", 2);
        client().persistentVolumeClaims().inNamespace(NS)
                .resource(Manifests.claim("vol", "longhorn", "Filesystem", "64Mi")).create();
    }

    @Test
    void healthyEngineRestoresTheContentOfSnapshotTime() {
        assertThat(restoreAfterOverwrite()).isEqualTo("A\n");
    }

    @Test
    void snapshotServingLiveDataRestoresTheContentOfRestoreTime() {
        engine.snapshotServesLiveData();

        assertThat(restoreAfterOverwrite()).isEqualTo("B\n");
    }

    @Test
    void restoreLosingLastWritesZeroesTheEndOfEveryFile() {
        engine.restoreLosesLastWrites(4096);
        run("write", "vol", "head -c 12288 /dev/zero | tr '\\0' x > \"$DATA/file\"", null);
        snapshot("snap");

        restore("restored", "snap");

        String counts = run("read", "restored", "f=\"$DATA/file\"; wc -c < \"$f\"; head -c 8192 \"$f\" | tr -d x | wc -c;"
                + " tail -c 4096 \"$f\" | tr -d '\\0' | wc -c", null);
        assertThat(counts.split("\\s+")).containsExactly("12288", "0", "0");
    }

    @Test
    void healthyEngineKeepsAcknowledgedWritesWhenAReplicaIsLost() {
        run("write", "vol", "echo A > \"$DATA/marker\"", null);

        loseAReplica();

        assertThat(run("read", "vol", "cat \"$DATA/marker\" || echo missing", null)).isEqualTo("A\n");
    }

    @Test
    void replicaLossLosingWritesRevertsToTheContentBeforeTheFirstPod() {
        engine.replicaLossLosesAcknowledgedWrites();
        run("write", "vol", "echo A > \"$DATA/marker\"", null);

        loseAReplica();

        assertThat(run("read", "vol", "cat \"$DATA/marker\" 2>/dev/null || echo missing", null))
                .isEqualTo("missing\n");
    }

    @Test
    void healthyEngineKeepsDataWhenThePodMovesToAnotherNode() {
        run("write", "vol", "echo A > \"$DATA/marker\"", "node-a");

        assertThat(run("read", "vol", "cat \"$DATA/marker\" || echo missing", "node-b")).isEqualTo("A\n");
    }

    @Test
    void reattachLosingDataEmptiesTheVolumeOnlyWhenThePodMovesToAnotherNode() {
        engine.reattachLosesData();
        run("write", "vol", "echo A > \"$DATA/marker\"", "node-a");

        String sameNode = run("read-a", "vol", "cat \"$DATA/marker\" 2>/dev/null || echo missing", "node-a");
        String otherNode = run("read-b", "vol", "cat \"$DATA/marker\" 2>/dev/null || echo missing", "node-b");

        assertThat(sameNode).isEqualTo("A\n");
        assertThat(otherNode).isEqualTo("missing\n");
    }

    @Test
    void healClearsTheDataKnobs() {
        engine.reattachLosesData();
        engine.heal();
        run("write", "vol", "echo A > \"$DATA/marker\"", "node-a");

        assertThat(run("read", "vol", "cat \"$DATA/marker\" || echo missing", "node-b")).isEqualTo("A\n");
    }

    /** Writes A, takes a snapshot, overwrites with B, restores: the restored marker. */
    private String restoreAfterOverwrite() {
        run("write-a", "vol", "echo A > \"$DATA/marker\"", null);
        snapshot("snap");
        run("write-b", "vol", "echo B > \"$DATA/marker\"", null);
        restore("restored", "snap");
        return run("read", "restored", "cat \"$DATA/marker\"", null);
    }

    private void loseAReplica() {
        String pv = client().persistentVolumeClaims().inNamespace(NS).withName("vol").get().getSpec().getVolumeName();
        LonghornView longhorn = new LonghornView(client());
        longhorn.awaitVolume(pv, LonghornView.robustness("healthy"));
        GenericKubernetesResource replica = longhorn.replicas(pv).get(0);
        client().resource(replica).delete();
        longhorn.awaitVolume(pv, LonghornView.robustness("degraded"));
    }

    private void snapshot(String name) {
        client().resources(VolumeSnapshot.class).inNamespace(NS).resource(new VolumeSnapshotBuilder()
                .withNewMetadata().withName(name).endMetadata()
                .withNewSpec().withVolumeSnapshotClassName(SimulatedEngine.SNAPSHOT_CLASS).withNewSource()
                .withPersistentVolumeClaimName("vol").endSource().endSpec().build()).create();
        client().resources(VolumeSnapshot.class).inNamespace(NS).withName(name).waitUntilCondition(
                s -> s != null && s.getStatus() != null && Boolean.TRUE.equals(s.getStatus().getReadyToUse()),
                Awaits.SECONDS, TimeUnit.SECONDS);
    }

    private void restore(String claim, String snapshot) {
        client().persistentVolumeClaims().inNamespace(NS)
                .resource(Manifests.restoredClaim(claim, "longhorn", snapshot, "64Mi")).create();
    }

    /** Runs {@code script} in a pod (on {@code node}, null: any) with the claim at $DATA; its log once it succeeded. */
    private String run(String pod, String claim, String script, String node) {
        client().pods().inNamespace(NS).resource(Manifests.shellPod(pod, claim, script, node)).create();
        Awaits.phase(client(), NS, pod, "Succeeded");
        return client().pods().inNamespace(NS).withName(pod).getLog();
    }

    private KubernetesClient client() {
        return test.client();
    }
}
