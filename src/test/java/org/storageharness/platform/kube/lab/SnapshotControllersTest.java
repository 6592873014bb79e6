package org.storageharness.platform.kube.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotControllersTest {

    private static Pod pod(String namespace, String name, Map<String, String> labels, String ownerKind,
            String ownerName, String phase, String... images) {
        PodBuilder b = new PodBuilder().withNewMetadata().withNamespace(namespace).withName(name).withLabels(labels)
                .endMetadata().withNewStatus().withPhase(phase).endStatus();
        if (ownerKind != null) {
            b.editMetadata().addNewOwnerReference().withKind(ownerKind).withName(ownerName).withController(true)
                    .endOwnerReference().endMetadata();
        }
        for (String image : images) {
            b.editOrNewSpec().addNewContainer().withName("c").withImage(image).endContainer().endSpec();
        }
        return b.build();
    }

    @Test
    void namesTheImageWithoutRegistryTagOrDigest() {
        assertThat(SnapshotControllers.imageName("registry.k8s.io/sig-storage/snapshot-controller:v8.2.0"))
                .isEqualTo("snapshot-controller");
        assertThat(SnapshotControllers.imageName("mirror.local:5000/rancher/hardened-snapshot-controller@sha256:ab"))
                .isEqualTo("hardened-snapshot-controller");
        assertThat(SnapshotControllers.imageName("snapshot-controller")).isEqualTo("snapshot-controller");
    }

    @Test
    void countsOneControllerPerOwningWorkloadAndIgnoresSidecarsAndStoppedPods() {
        List<Pod> pods = List.of(
                pod("kube-system", "snapshot-controller-6b8f-a", Map.of("pod-template-hash", "6b8f"), "ReplicaSet",
                        "snapshot-controller-6b8f", "Running", "registry.k8s.io/sig-storage/snapshot-controller:v8"),
                pod("kube-system", "snapshot-controller-6b8f-b", Map.of("pod-template-hash", "6b8f"), "ReplicaSet",
                        "snapshot-controller-6b8f", "Running", "registry.k8s.io/sig-storage/snapshot-controller:v8"),
                pod("piraeus", "linstor-csi-controller-0", Map.of(), "StatefulSet", "linstor-csi-controller",
                        "Running", "registry.k8s.io/sig-storage/csi-snapshotter:v8"),
                pod("old", "snapshot-controller-x", Map.of(), null, null, "Failed",
                        "registry.k8s.io/sig-storage/snapshot-controller:v6"),
                pod("rke2", "bare", Map.of(), null, null, "Running", "busybox",
                        "rancher/hardened-snapshot-controller:v6"),
                pod("openebs", "csi-0", Map.of(), "StatefulSet", "csi", "Running",
                        "registry.k8s.io/sig-storage/snapshot-controller:v6"));

        assertThat(SnapshotControllers.running(pods)).containsExactly("kube-system/Deployment/snapshot-controller",
                "openebs/StatefulSet/csi", "rke2/Pod/bare");
    }

    @Test
    void aReplicaSetWithoutTheTemplateHashIsItsOwnWorkload() {
        Pod pod = pod("ns", "p", Map.of(), "ReplicaSet", "standalone", "Running", "snapshot-controller:v1");

        assertThat(SnapshotControllers.owner(pod)).isEqualTo("ns/ReplicaSet/standalone");
    }
}
