package org.storageharness.platform.k3s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import io.fabric8.kubernetes.api.model.storage.CSIDriver;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshotClass;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The add-on manifests, parsed offline by fabric8 as K3sCluster applies them. */
class K3sManifestsTest {

    private final KubernetesClient client = new KubernetesClientBuilder().build();

    @AfterEach
    void closeClient() {
        client.close();
    }

    private List<HasMetadata> all() {
        return K3sManifests.files().stream().flatMap(f -> K3sManifests.load(client, f).stream()).toList();
    }

    private <T> List<T> all(Class<T> type) {
        return all().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void listsEveryManifestFileOnceInApplyOrder() throws Exception {
        Path dir = Path.of(K3sManifests.class.getResource(K3sManifests.DIRECTORY).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            List<String> yaml = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).toList();
            assertThat(K3sManifests.files()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(yaml);
        }
        assertThat(K3sManifests.files()).startsWith("snapshot-crds.yaml").endsWith("csi-hostpath-classes.yaml");
    }

    @Test
    void parsesEveryFileIntoTypedObjects() {
        for (String file : K3sManifests.files()) {
            assertThat(K3sManifests.load(client, file)).as(file).isNotEmpty()
                    .allSatisfy(item -> assertThat(item.getMetadata().getName()).as(file).isNotBlank());
        }
        assertThat(all()).extracting(HasMetadata::getKind).contains("CustomResourceDefinition", "Deployment",
                "StatefulSet", "CSIDriver", "StorageClass", "VolumeSnapshotClass", "ClusterRole", "Role");
    }

    @Test
    void declaresTheThreeSnapshotCrdsServedAndStoredAtV1() {
        Map<String, CustomResourceDefinition> crds = all(CustomResourceDefinition.class).stream()
                .collect(Collectors.toMap(c -> c.getMetadata().getName(), Function.identity()));

        assertThat(crds).containsOnlyKeys("volumesnapshotclasses.snapshot.storage.k8s.io",
                "volumesnapshotcontents.snapshot.storage.k8s.io", "volumesnapshots.snapshot.storage.k8s.io");
        assertThat(crds.values()).allSatisfy(crd -> {
            assertThat(crd.getSpec().getGroup()).isEqualTo("snapshot.storage.k8s.io");
            assertThat(crd.getSpec().getVersions()).singleElement().satisfies(v -> {
                assertThat(v.getName()).isEqualTo("v1");
                assertThat(v.getServed()).isTrue();
                assertThat(v.getStorage()).isTrue();
                assertThat(v.getSchema().getOpenAPIV3Schema().getType()).isEqualTo("object");
            });
            assertThat(crd.getMetadata().getAnnotations()).containsKey("api-approved.kubernetes.io");
        });
        assertThat(crds.get("volumesnapshots.snapshot.storage.k8s.io").getSpec().getScope()).isEqualTo("Namespaced");
        assertThat(crds.get("volumesnapshotcontents.snapshot.storage.k8s.io").getSpec().getScope()).isEqualTo("Cluster");
        assertThat(crds.get("volumesnapshotclasses.snapshot.storage.k8s.io").getSpec().getScope()).isEqualTo("Cluster");
    }

    @Test
    void givesSnapshotsAndContentsAStatusSubresource() {
        assertThat(all(CustomResourceDefinition.class)).filteredOn(c -> !c.getSpec().getNames().getKind()
                .equals("VolumeSnapshotClass")).hasSize(2).allSatisfy(crd -> assertThat(crd.getSpec().getVersions()
                .get(0).getSubresources().getStatus()).isNotNull());
    }

    @Test
    void namesTheHostpathDriverInBothClasses() {
        assertThat(all(StorageClass.class)).singleElement().satisfies(sc -> {
            assertThat(sc.getMetadata().getName()).isEqualTo("csi-hostpath-sc");
            assertThat(sc.getProvisioner()).isEqualTo("hostpath.csi.k8s.io");
            assertThat(sc.getVolumeBindingMode()).isEqualTo("WaitForFirstConsumer");
        });
        assertThat(all(VolumeSnapshotClass.class)).singleElement().satisfies(vsc -> {
            assertThat(vsc.getMetadata().getName()).isEqualTo("csi-hostpath-snapclass");
            assertThat(vsc.getDriver()).isEqualTo("hostpath.csi.k8s.io");
            assertThat(vsc.getDeletionPolicy()).isEqualTo("Delete");
        });
        assertThat(all(CSIDriver.class)).singleElement().satisfies(d -> assertThat(d.getMetadata().getName())
                .isEqualTo("hostpath.csi.k8s.io"));
    }

    @Test
    void pinsEveryContainerImageToAReleaseTag() {
        List<Container> containers = podSpecs().stream()
                .flatMap(s -> Stream.concat(s.getContainers().stream(), s.getInitContainers().stream())).toList();

        assertThat(containers).isNotEmpty().allSatisfy(c -> assertThat(c.getImage()).as(c.getName())
                .matches("registry\\.k8s\\.io/sig-storage/[a-z-]+:v\\d+\\.\\d+\\.\\d+"));
        assertThat(containers).extracting(Container::getImage)
                .anySatisfy(i -> assertThat(i).startsWith("registry.k8s.io/sig-storage/snapshot-controller:v8."))
                .anySatisfy(i -> assertThat(i).startsWith("registry.k8s.io/sig-storage/csi-snapshotter:v8."));
    }

    @Test
    void runsNoAttacherBecauseTheDriverNeedsNoAttach() {
        assertThat(all(CSIDriver.class).get(0).getSpec().getAttachRequired()).isFalse();
        assertThat(podSpecs()).flatExtracting(PodSpec::getContainers).extracting(Container::getImage)
                .noneMatch(image -> image.contains("csi-attacher"));
    }

    @Test
    void putsNamespacedObjectsInKubeSystemOrANamespaceItDeclares() {
        Set<String> allowed = all(Namespace.class).stream().map(n -> n.getMetadata().getName())
                .collect(Collectors.toCollection(HashSet::new));
        allowed.add("kube-system");

        assertThat(all()).allSatisfy(item -> {
            String ns = item.getMetadata().getNamespace();
            if (item instanceof Namespaced) {
                assertThat(ns).as(item.getKind() + " " + item.getMetadata().getName()).isIn(allowed);
            } else {
                assertThat(ns).as(item.getKind() + " " + item.getMetadata().getName()).isNull();
            }
        });
    }

    @Test
    void bindsRolesOnlyToServiceAccountsItDeclares() {
        Set<String> accounts = all(ServiceAccount.class).stream()
                .map(sa -> sa.getMetadata().getNamespace() + "/" + sa.getMetadata().getName()).collect(Collectors.toSet());
        List<Subject> subjects = new ArrayList<>();
        all(RoleBinding.class).forEach(b -> subjects.addAll(b.getSubjects()));
        all(ClusterRoleBinding.class).forEach(b -> subjects.addAll(b.getSubjects()));

        assertThat(subjects).isNotEmpty().allSatisfy(s -> assertThat(s.getNamespace() + "/" + s.getName()).isIn(accounts));
        assertThat(workloads()).allSatisfy(w -> assertThat(w.getMetadata().getNamespace() + "/"
                + podSpec(w).getServiceAccountName()).isIn(accounts));
    }

    private List<HasMetadata> workloads() {
        return all().stream().filter(i -> i instanceof Deployment || i instanceof StatefulSet || i instanceof DaemonSet)
                .toList();
    }

    private List<PodSpec> podSpecs() {
        return workloads().stream().map(K3sManifestsTest::podSpec).toList();
    }

    private static PodSpec podSpec(HasMetadata workload) {
        if (workload instanceof Deployment d) {
            return d.getSpec().getTemplate().getSpec();
        }
        if (workload instanceof StatefulSet s) {
            return s.getSpec().getTemplate().getSpec();
        }
        return ((DaemonSet) workload).getSpec().getTemplate().getSpec();
    }
}
