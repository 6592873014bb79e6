package org.storageharness.simcluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The simulated cluster's RBAC: a denied permission is refused with 403 and reviewed as not allowed, as RBAC does. */
@Tag("simulated-cluster")
class AccessControlTest {

    private static final String NS = "storage-harness-access";

    @RegisterExtension
    final TestCluster test = TestCluster.of(NS, c -> c.addNode("node-a"));

    private KubernetesClient client() {
        return test.client();
    }

    private boolean allowed(String verb, String group, String resource) {
        SelfSubjectAccessReview review = client().authorization().v1().selfSubjectAccessReview().create(
                new SelfSubjectAccessReviewBuilder().withNewSpec().withNewResourceAttributes().withVerb(verb)
                        .withGroup(group).withResource(resource).withNamespace(NS).endResourceAttributes().endSpec()
                        .build());
        return review.getStatus().getAllowed();
    }

    @Test
    void everythingIsAllowedUntilDenied() {
        assertThat(allowed("create", "", "persistentvolumeclaims")).isTrue();
        assertThat(allowed("delete", "longhorn.io", "replicas")).isTrue();
    }

    @Test
    void aDeniedPermissionIsReviewedAsNotAllowedAndItsRequestsAreRefused() {
        test.cluster().deny("create", "persistentvolumeclaims");

        assertThat(allowed("create", "", "persistentvolumeclaims")).isFalse();
        assertThat(allowed("list", "", "persistentvolumeclaims")).isTrue();
        assertThatThrownBy(() -> client().persistentVolumeClaims().inNamespace(NS).resource(
                new PersistentVolumeClaimBuilder().withNewMetadata().withName("c").endMetadata().build()).create())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(403))
                .hasMessageContaining("cannot create resource \"persistentvolumeclaims\"");
        assertThat(client().persistentVolumeClaims().inNamespace(NS).list().getItems()).isEmpty();
    }

    @Test
    void recordsWhatTheHarnessAskedForAndChanged() {
        client().configMaps().inNamespace(NS).resource(new ConfigMapBuilder().withNewMetadata().withName("m")
                .endMetadata().build()).create();
        client().configMaps().inNamespace(NS).withName("m").get();

        assertThat(test.cluster().harnessRequestKinds()).contains("create configmaps " + NS, "get configmaps " + NS);
        assertThat(test.cluster().harnessWrites()).contains("POST /api/v1/namespaces/" + NS + "/configmaps");
    }
}
