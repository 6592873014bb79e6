package org.storageharness.platform.k3s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.storage.CSINodeBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The waits against fabric8's CRUD mock API server: they return on the ready signal and fail with evidence. */
@EnableKubernetesMockClient(crud = true, https = false)
class StackWaitsTest {

    KubernetesClient client;

    private StackWaits waits(Duration budget) {
        return new StackWaits(client, Instant.now().plus(budget), budget);
    }

    @Test
    void returnsOnceACrdIsEstablished() {
        CustomResourceDefinition crd = new CustomResourceDefinitionBuilder(snapshotCrd()).withNewStatus().addNewCondition().withType("Established").withStatus("True").endCondition()
                .endStatus().build();
        client.resource(crd).create();

        long start = System.nanoTime();
        waits(Duration.ofSeconds(10)).untilReady(crd);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    private CustomResourceDefinition snapshotCrd() {
        return K3sManifests.load(client, "snapshot-crds.yaml").stream().map(CustomResourceDefinition.class::cast)
                .filter(c -> c.getMetadata().getName().startsWith("volumesnapshots.")).findFirst().orElseThrow();
    }

    @Test
    void namesWhatItAwaitedAndWhatThePodsReportWhenTimeRunsOut() {
        Deployment deployment = new DeploymentBuilder().withNewMetadata().withName("snapshot-controller")
                .withNamespace("kube-system").endMetadata().withNewSpec().withReplicas(1).endSpec().build();
        client.resource(deployment).create();
        client.pods().inNamespace("kube-system").resource(new PodBuilder().withNewMetadata()
                .withName("snapshot-controller-abc").endMetadata().withNewStatus().withPhase("Pending")
                .addNewContainerStatus().withName("snapshot-controller").withNewState().withNewWaiting()
                .withReason("ImagePullBackOff").withMessage("Back-off pulling image").endWaiting().endState()
                .endContainerStatus().endStatus().build()).create();

        assertThatThrownBy(() -> waits(Duration.ofMillis(500)).untilReady(deployment))
                .isInstanceOf(PlatformUnavailableException.class)
                .hasMessageStartingWith("Cluster unavailable: target [k3s] add-on not ready: Deployment"
                        + " [kube-system/snapshot-controller] ready not reached within [0 s]")
                .hasMessageContaining("[snapshot-controller-abc Pending: snapshot-controller waiting ImagePullBackOff"
                        + " (Back-off pulling image)]")
                .hasMessageContaining("-Dk3s.startupTimeout");
    }

    @Test
    void waitsForKubeletToRegisterTheDriver() {
        client.storage().v1().csiNodes().resource(new CSINodeBuilder().withNewMetadata().withName("k3s")
                .endMetadata().withNewSpec().addNewDriver().withName("hostpath.csi.k8s.io").withNodeID("k3s")
                .endDriver().endSpec().build()).create();

        waits(Duration.ofSeconds(10)).untilDriverRegistered("hostpath.csi.k8s.io");

        assertThatThrownBy(() -> waits(Duration.ofMillis(300)).untilDriverRegistered("other.csi.example"))
                .hasMessageContaining("CSI driver [other.csi.example] registered on a node (CSINode) not reached");
    }

    @Test
    void waitsOnlyForKindsWithAReadySignal() {
        HasMetadata serviceAccount = new ServiceAccountBuilder().withNewMetadata()
                .withName("never-created").withNamespace("kube-system").endMetadata().build();

        assertThat(StackWaits.readiness(serviceAccount)).isEmpty();
        waits(Duration.ofMillis(1)).untilReady(serviceAccount);
    }
}
