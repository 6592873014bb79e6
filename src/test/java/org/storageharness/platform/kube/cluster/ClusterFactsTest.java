package org.storageharness.platform.kube.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.KubeVolume;

@EnableKubernetesMockClient(crud = true, https = false)
class ClusterFactsTest {

    KubernetesClient client;

    @Test
    void reportsNodesStorageClassesAndTheEnginesImage() {
        client.nodes().resource(new NodeBuilder().withNewMetadata().withName("n1").endMetadata().withNewStatus()
                .withCapacity(Map.of("cpu", new Quantity("8"), "memory", new Quantity("32Gi")))
                .withNewNodeInfo().withOsImage("Debian 12").withKernelVersion("6.1.0").withKubeletVersion("v1.31.4")
                .endNodeInfo().endStatus().build()).create();
        client.storage().v1().storageClasses().resource(new StorageClassBuilder().withNewMetadata()
                .withName("local-path").endMetadata().withProvisioner("rancher.io/local-path")
                .withVolumeBindingMode("WaitForFirstConsumer").withReclaimPolicy("Delete").build()).create();
        client.pods().inNamespace("local-path-storage").resource(new PodBuilder().withNewMetadata().withName("lpp")
                .withLabels(Map.of("app", "local-path-provisioner")).endMetadata().withNewSpec().addNewContainer()
                .withName("p").withImage("rancher/local-path-provisioner:v0.0.31").endContainer().endSpec().build())
                .create();
        EngineSpec lp = new EngineSpec("lp", "local-path", "", null, KubeVolume.of("local-path"),
                "app=local-path-provisioner");
        EngineSpec lh = new EngineSpec("lh", "longhorn", "", null, KubeVolume.of("longhorn"), "app=longhorn-manager");

        Map<String, String> facts = ClusterFacts.read(client, "lab", List.of(lp, lh));

        assertThat(facts).containsEntry("cluster.context", "lab")
                .containsEntry("node.n1", "Debian 12, kernel 6.1.0, 8 CPU, 32.0 GiB, kubelet v1.31.4")
                .containsEntry("storageclass.local-path",
                        "rancher.io/local-path {} binding WaitForFirstConsumer reclaim Delete")
                .containsEntry("storageclass.longhorn", "missing")
                .containsEntry("engine.lp.image", "rancher/local-path-provisioner:v0.0.31")
                .containsEntry("engine.lh.image", "unknown (no pod matches app=longhorn-manager)");
    }
}
