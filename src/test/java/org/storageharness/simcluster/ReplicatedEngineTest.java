package org.storageharness.simcluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshotClass;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("simulated-cluster")
class ReplicatedEngineTest {

    private static final String NS = "storage-harness-engine";
    private static final Duration REBUILD = Duration.ofMillis(300);

    @RegisterExtension
    final TestCluster test = TestCluster.of(NS, c -> c.addNode("node-d").addNode("node-a").addNode("node-c")
            .addNode("node-b"));

    private SimulatedEngine engine() {
        return test.cluster().addReplicatedEngine("longhorn", 3).rebuildTime(REBUILD);
    }

    @Test
    void installsTheObjectsOfALonghornCluster() {
        engine();

        StorageClass storageClass = client().storage().v1().storageClasses().withName("longhorn").get();
        VolumeSnapshotClass snapshotClass = client().resources(VolumeSnapshotClass.class)
                .withName(SimulatedEngine.SNAPSHOT_CLASS).get();
        Pod manager = client().pods().inNamespace(LonghornView.NAMESPACE).withLabel("app", "longhorn-manager").list()
                .getItems().get(0);
        GenericKubernetesResource version = client().genericKubernetesResources("longhorn.io/v1beta2", "Setting")
                .inNamespace(LonghornView.NAMESPACE).withName("current-longhorn-version").get();

        assertThat(storageClass.getProvisioner()).isEqualTo("driver.longhorn.io");
        assertThat(storageClass.getVolumeBindingMode()).isEqualTo("Immediate");
        assertThat(storageClass.getParameters()).containsEntry("numberOfReplicas", "3");
        assertThat(snapshotClass.getDriver()).isEqualTo("driver.longhorn.io");
        assertThat(snapshotClass.getParameters()).isEqualTo(Map.of("type", "snap"));
        assertThat(manager.getSpec().getContainers().get(0).getImage())
                .isEqualTo("longhornio/longhorn-manager:v1.12.1");
        assertThat(manager.getStatus().getPhase()).isEqualTo("Running");
        assertThat((String) version.get("value")).isEqualTo("v1.12.1");
    }

    @Test
    void aSecondEngineSharesTheInstallation() {
        engine();
        test.cluster().addReplicatedEngine("longhorn-single", 1);

        assertThat(client().pods().inNamespace(LonghornView.NAMESPACE).list().getItems()).hasSize(1);
        assertThatThrownBy(() -> test.cluster().addReplicatedEngine("longhorn", 2))
                .hasMessageContaining("[longhorn]");
    }

    @Test
    void provisionedVolumeHasHealthyDetachedVolumeReplicasOnTheFirstNodesAndAnEngine() {
        engine();
        String pv = claim("vol");

        GenericKubernetesResource volume = longhorn().awaitVolume(pv, LonghornView.robustness("healthy"));
        List<GenericKubernetesResource> replicas = longhorn().replicas(pv);
        GenericKubernetesResource engine = longhorn().engine(pv);

        assertThat((Integer) volume.get("spec", "numberOfReplicas")).isEqualTo(3);
        assertThat((String) volume.get("spec", "dataEngine")).isEqualTo("v1");
        assertThat((String) volume.get("status", "state")).isEqualTo("detached");
        assertThat((String) volume.get("status", "currentNodeID")).isEmpty();
        assertThat(replicas).extracting(LonghornView::nodeOf).containsExactlyInAnyOrder("node-a", "node-b", "node-c");
        for (GenericKubernetesResource replica : replicas) {
            assertThat(replica.getMetadata().getName()).matches(pv + "-r-[0-9a-f]{8}");
            assertThat(replica.getMetadata().getLabels()).containsEntry("longhornvolume", pv)
                    .containsEntry("longhornnode", LonghornView.nodeOf(replica));
            assertThat((String) replica.get("spec", "volumeName")).isEqualTo(pv);
            assertThat((String) replica.get("spec", "healthyAt")).isNotEmpty();
            assertThat((String) replica.get("spec", "failedAt")).isEmpty();
            assertThat((String) replica.get("status", "currentState")).isEqualTo("running");
        }
        assertThat(engine.getMetadata().getLabels()).containsEntry("longhornvolume", pv);
        assertThat((String) engine.get("status", "currentState")).isEqualTo("running");
        assertThat(LonghornView.modes(engine)).containsOnlyKeys(replicas.stream()
                .map(r -> r.getMetadata().getName()).toList()).containsValues("RW").doesNotContainValue("WO");
    }

    @Test
    void volumeIsAttachedToTheNodeOfItsPodAndDetachedWhenThePodIsGone() {
        engine();
        String pv = claim("vol");
        client().pods().inNamespace(NS).resource(Manifests.shellPod("user", "vol", "sleep 30", "node-c")).create();

        GenericKubernetesResource attached = longhorn().awaitVolume(pv, v -> "attached".equals(v.get("status",
                "state")));
        String engineNode = longhorn().engine(pv).get("spec", "nodeID");
        client().pods().inNamespace(NS).withName("user").delete();
        GenericKubernetesResource detached = longhorn().awaitVolume(pv, v -> "detached".equals(v.get("status",
                "state")));

        assertThat((String) attached.get("status", "currentNodeID")).isEqualTo("node-c");
        assertThat(engineNode).isEqualTo("node-c");
        assertThat((String) detached.get("status", "currentNodeID")).isEmpty();
        assertThat((String) longhorn().engine(pv).get("spec", "nodeID")).isEmpty();
    }

    @Test
    void deletingTheClaimDeletesTheCrsOfItsVolume() {
        engine();
        String pv = claim("vol");
        longhorn().awaitVolume(pv, v -> true);

        client().persistentVolumeClaims().inNamespace(NS).withName("vol").delete();

        client().genericKubernetesResources("longhorn.io/v1beta2", "Volume").inNamespace(LonghornView.NAMESPACE)
                .withName(pv).waitUntilCondition(v -> v == null, Awaits.SECONDS, TimeUnit.SECONDS);
        assertThat(longhorn().replicas(pv)).isEmpty();
        assertThat(longhorn().engine(pv)).isNull();
    }

    @Test
    void deletedReplicaIsRebuiltOnANodeWithoutOneAndTheVolumeTurnsHealthyAgain() {
        engine();
        String pv = claim("vol");
        longhorn().awaitVolume(pv, LonghornView.robustness("healthy"));
        GenericKubernetesResource lost = replicaOn(pv, "node-b");

        client().resource(lost).delete();

        longhorn().awaitVolume(pv, LonghornView.robustness("degraded"));
        GenericKubernetesResource rebuilding = longhorn().awaitEngine(pv,
                e -> LonghornView.modes(e).containsValue("WO"));
        GenericKubernetesResource healthy = longhorn().awaitVolume(pv, LonghornView.robustness("healthy"));
        List<GenericKubernetesResource> replicas = longhorn().replicas(pv);
        GenericKubernetesResource replacement = replicaOn(pv, "node-d");

        assertThat(LonghornView.modes(rebuilding)).doesNotContainKey(lost.getMetadata().getName()).hasSize(3);
        assertThat((String) healthy.get("status", "robustness")).isEqualTo("healthy");
        assertThat(replicas).extracting(LonghornView::nodeOf).containsExactlyInAnyOrder("node-a", "node-c", "node-d");
        assertThat((String) replacement.get("spec", "healthyAt")).isNotEmpty();
        assertThat(LonghornView.modes(longhorn().engine(pv))).containsEntry(replacement.getMetadata().getName(), "RW")
                .hasSize(3);
    }

    @Test
    void neverHealthyKeepsTheVolumeDegradedUntilHealed() {
        SimulatedEngine engine = engine().neverHealthy();
        String pv = claim("vol");
        longhorn().awaitVolume(pv, LonghornView.robustness("healthy"));

        client().resource(replicaOn(pv, "node-a")).delete();

        longhorn().awaitVolume(pv, LonghornView.robustness("degraded"));
        Awaitility.await("volume [" + pv + "] degraded for 3 rebuild times").during(REBUILD.multipliedBy(3))
                .atMost(REBUILD.multipliedBy(5)).until(() -> "degraded".equals(longhorn().volume(pv)
                        .get("status", "robustness")));
        assertThat(longhorn().replicas(pv)).hasSize(2);

        engine.heal();

        longhorn().awaitVolume(pv, LonghornView.robustness("healthy"));
        assertThat(longhorn().replicas(pv)).hasSize(3);
    }

    private GenericKubernetesResource replicaOn(String pv, String node) {
        return longhorn().replicas(pv).stream().filter(r -> node.equals(LonghornView.nodeOf(r))).findFirst()
                .orElseThrow(() -> new AssertionError("no replica of [" + pv + "] on [" + node + "]"));
    }

    /** Creates a claim of the engine's class and returns its PV once bound. */
    private String claim(String name) {
        client().persistentVolumeClaims().inNamespace(NS).resource(Manifests.claim(name, "longhorn", "Filesystem",
                "64Mi")).create();
        return client().persistentVolumeClaims().inNamespace(NS).withName(name)
                .waitUntilCondition(c -> new Claim(c).bound(), Awaits.SECONDS, TimeUnit.SECONDS)
                .getSpec().getVolumeName();
    }

    private LonghornView longhorn() {
        return new LonghornView(client());
    }

    private KubernetesClient client() {
        return test.client();
    }
}
