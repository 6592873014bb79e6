package org.storageharness.target.k3s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshotClass;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The manifests installed into K3s, checked offline: kinds, names, versions, pinned images, namespaces. */
class K3sManifestsTest {

    private final KubernetesClient parser = new KubernetesClientBuilder().build();

    @AfterEach
    void close() {
        parser.close();
    }

    private List<HasMetadata> all() {
        List<HasMetadata> objects = new ArrayList<>();
        K3sManifests.FILES.forEach(f -> objects.addAll(K3sManifests.load(parser, f)));
        return objects;
    }

    @Test
    void theThreeSnapshotCrdsServeAndStoreV1() {
        List<CustomResourceDefinition> crds = K3sManifests.load(parser, "snapshot-crds.yaml").stream()
                .map(CustomResourceDefinition.class::cast).toList();

        assertThat(crds).extracting(c -> c.getMetadata().getName())
                .containsExactlyElementsOf(K3sManifests.SNAPSHOT_CRDS);
        assertThat(crds).allSatisfy(c -> {
            assertThat(c.getSpec().getGroup()).isEqualTo("snapshot.storage.k8s.io");
            assertThat(c.getSpec().getVersions()).singleElement().satisfies(v -> {
                assertThat(v.getName()).isEqualTo("v1");
                assertThat(v.getServed()).isTrue();
                assertThat(v.getStorage()).isTrue();
            });
        });
        assertThat(crds).extracting(c -> c.getSpec().getScope()).containsExactly("Cluster", "Cluster", "Namespaced");
    }

    @Test
    void theStorageClassAndSnapshotClassUseTheHostpathDriver() {
        List<HasMetadata> objects = all();

        StorageClass sc = objects.stream().filter(StorageClass.class::isInstance).map(StorageClass.class::cast)
                .findFirst().orElseThrow();
        assertThat(sc.getMetadata().getName()).isEqualTo(K3sManifests.STORAGE_CLASS);
        assertThat(sc.getProvisioner()).isEqualTo("hostpath.csi.k8s.io");
        VolumeSnapshotClass vsc = objects.stream().filter(VolumeSnapshotClass.class::isInstance)
                .map(VolumeSnapshotClass.class::cast).findFirst().orElseThrow();
        assertThat(vsc.getMetadata().getName()).isEqualTo(K3sManifests.SNAPSHOT_CLASS);
        assertThat(vsc.getDriver()).isEqualTo("hostpath.csi.k8s.io");
        assertThat(vsc.getDeletionPolicy()).isEqualTo("Delete");
        assertThat(objects).anyMatch(o -> o.getKind().equals("CSIDriver")
                && o.getMetadata().getName().equals("hostpath.csi.k8s.io"));
    }

    @Test
    void everyContainerImageIsPinnedAndEveryNamespacedObjectIsInKubeSystem() {
        List<HasMetadata> objects = all();

        List<Container> containers = objects.stream().flatMap(o -> podSpec(o).stream())
                .flatMap(s -> s.getContainers().stream()).toList();
        assertThat(containers).hasSizeGreaterThanOrEqualTo(6).allSatisfy(c -> assertThat(c.getImage())
                .startsWith("registry.k8s.io/sig-storage/").matches(".*:v\\d+\\.\\d+\\.\\d+$"));
        assertThat(objects).filteredOn(o -> Stream.of("ServiceAccount", "Deployment", "StatefulSet")
                .anyMatch(k -> k.equals(o.getKind()))).allSatisfy(o -> assertThat(o.getMetadata().getNamespace())
                .isEqualTo(K3sManifests.NAMESPACE));
    }

    private static List<PodSpec> podSpec(HasMetadata o) {
        if (o instanceof Deployment d) {
            return List.of(d.getSpec().getTemplate().getSpec());
        }
        if (o instanceof StatefulSet s) {
            return List.of(s.getSpec().getTemplate().getSpec());
        }
        return List.of();
    }
}
