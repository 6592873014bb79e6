package org.storageharness.simcluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.api.model.storage.CSINode;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshot;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

@Tag("simulated-cluster")
class SimulatedClusterTest {

    private static final String NS = "storage-harness-api";

    @RegisterExtension
    final TestCluster test = TestCluster.of(NS, c -> c.addNode("node-a")
            .addStorageClass("fast", "fast.csi.example.com", VolumeBindingMode.IMMEDIATE));

    @Test
    void servesAKubernetesVersion() {
        assertThat(client().getKubernetesVersion().getGitVersion()).isEqualTo("v1.31.4");
        assertThat(client().getKubernetesVersion().getMajor()).isEqualTo("1");
    }

    @Test
    void nodeIsReadyAndDescribesThisMachine() {
        Node node = client().nodes().withName("node-a").get();

        assertThat(Nodes.isReady(node)).isTrue();
        assertThat(node.getMetadata().getLabels()).containsEntry("kubernetes.io/hostname", "node-a");
        assertThat(node.getStatus().getNodeInfo().getKernelVersion()).isEqualTo(System.getProperty("os.version"));
        assertThat(node.getStatus().getNodeInfo().getKubeletVersion()).isEqualTo("v1.31.4");
        assertThat(node.getStatus().getCapacity()).containsKeys("cpu", "memory");
        assertThat(client().resources(CSINode.class).withName("node-a").get().getSpec().getDrivers())
                .extracting(d -> d.getName()).containsExactly("fast.csi.example.com");
    }

    @Test
    void setNodeReadyFlipsTheReadyCondition() {
        test.cluster().setNodeReady("node-a", false);
        assertThat(Nodes.isReady(client().nodes().withName("node-a").get())).isFalse();

        test.cluster().setNodeReady("node-a", true);
        assertThat(Nodes.isReady(client().nodes().withName("node-a").get())).isTrue();
    }

    @Test
    void kubeconfigConnectsAClientToTheCluster(@TempDir Path dir) {
        Path kubeconfig = test.cluster().writeKubeconfig(dir.resolve("kube/config"), "sim");

        Config config = Config.fromKubeconfig(kubeconfig.toFile());
        try (KubernetesClient fromFile = new KubernetesClientBuilder().withConfig(config).build()) {
            assertThat(config.getCurrentContext().getName()).isEqualTo("sim");
            assertThat(fromFile.nodes().list().getItems()).extracting(n -> n.getMetadata().getName())
                    .containsExactly("node-a");
        }
    }

    @Test
    void countsRequestsOfClientsButNotOfTheSimulation() {
        int before = test.cluster().requestCount();

        client().nodes().withName("node-a").get();
        client().persistentVolumeClaims().inNamespace(NS).resource(Manifests.claim("vol", "fast", "Filesystem", "1Gi"))
                .create();
        client().persistentVolumeClaims().inNamespace(NS).withName("vol")
                .waitUntilCondition(c -> new Claim(c).bound(), Awaits.SECONDS, TimeUnit.SECONDS);

        // get, create, and the list + watch of waitUntilCondition; the provisioner's requests are not counted
        assertThat(test.cluster().requestCount() - before).isEqualTo(4);
    }

    @Test
    void listsEventsByInvolvedObject() {
        client().persistentVolumeClaims().inNamespace(NS).resource(Manifests.claim("vol", "fast", "Filesystem", "1Gi"))
                .create();
        Awaits.event(client(), NS, "vol", "ProvisioningSucceeded");

        var events = client().v1().events().inNamespace(NS).withInvolvedObject(new ObjectReferenceBuilder()
                .withKind("PersistentVolumeClaim").withName("vol").withNamespace(NS).build()).list().getItems();
        var none = client().v1().events().inNamespace(NS).withInvolvedObject(new ObjectReferenceBuilder()
                .withName("other").build()).list().getItems();

        assertThat(events).extracting(Event::getReason).contains("Provisioning", "ProvisioningSucceeded");
        assertThat(none).isEmpty();
    }

    @Test
    void serverSideApplyCreatesThenUpdates() {
        var configMap = new ConfigMapBuilder().withNewMetadata().withName("settings").withNamespace(NS).endMetadata()
                .addToData("a", "1").build();
        client().resource(configMap).fieldManager("harness").forceConflicts().serverSideApply();
        configMap.setData(Map.of("a", "2"));
        client().resource(configMap).fieldManager("harness").forceConflicts().serverSideApply();

        assertThat(client().configMaps().inNamespace(NS).withName("settings").get().getData()).containsEntry("a", "2");
    }

    @Test
    void offersTheSnapshotApi() {
        assertThat(client().supports(VolumeSnapshot.class)).isTrue();
        assertThat(client().apiextensions().v1().customResourceDefinitions()
                .withName("volumesnapshots.snapshot.storage.k8s.io").get()).isNotNull();
    }

    @Test
    void watchFromTheResourceVersionOfAListSeesDeletionsMadeAfterTheList() throws Exception {
        client().configMaps().inNamespace(NS).resource(new ConfigMapBuilder().withNewMetadata().withName("gone")
                .endMetadata().build()).create();
        String listed = client().configMaps().inNamespace(NS).list().getMetadata().getResourceVersion();
        client().configMaps().inNamespace(NS).withName("gone").delete();

        CompletableFuture<String> deleted = new CompletableFuture<>();
        try (Watch watch = client().configMaps().inNamespace(NS).withResourceVersion(listed).watch(new Watcher<>() {
            @Override
            public void eventReceived(Action action, ConfigMap configMap) {
                if (action == Action.DELETED) {
                    deleted.complete(configMap.getMetadata().getName());
                }
            }

            @Override
            public void onClose(WatcherException cause) {
            }
        })) {
            assertThat(deleted.get(Awaits.SECONDS, TimeUnit.SECONDS)).isEqualTo("gone");
        }
    }

    @Test
    void deletesPodsByLabel() {
        client().pods().inNamespace(NS).resource(Manifests.shellPod("one", "none", "exit 0", "node-z")).create();
        client().pods().inNamespace(NS).resource(Manifests.shellPod("two", "none", "exit 0", "node-z")).create();

        client().pods().inNamespace(NS).withLabels(Manifests.labels("job")).delete();

        assertThat(client().pods().inNamespace(NS).list().getItems()).isEmpty();
    }

    private KubernetesClient client() {
        return test.client();
    }
}
