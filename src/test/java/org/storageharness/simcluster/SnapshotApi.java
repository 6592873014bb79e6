package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Locale;

/**
 * The CRDs of the CSI snapshot API (snapshot.storage.k8s.io/v1), as a cluster with the external snapshotter has them.
 * Creating them also tells the CRUD store that snapshots and contents have a status subresource, and makes discovery
 * ({@code client.supports(VolumeSnapshot.class)}) answer yes.
 */
final class SnapshotApi {

    static final String GROUP = "snapshot.storage.k8s.io";

    private SnapshotApi() {
    }

    static void install(KubernetesClient client) {
        create(client, "VolumeSnapshot", "volumesnapshots", true, true);
        create(client, "VolumeSnapshotContent", "volumesnapshotcontents", false, true);
        create(client, "VolumeSnapshotClass", "volumesnapshotclasses", false, false);
    }

    private static void create(KubernetesClient client, String kind, String plural, boolean namespaced,
            boolean statusSubresource) {
        var version = new CustomResourceDefinitionBuilder()
                .withNewMetadata().withName(plural + "." + GROUP).endMetadata()
                .withNewSpec().withGroup(GROUP).withScope(namespaced ? "Namespaced" : "Cluster")
                .withNewNames().withKind(kind).withPlural(plural).withSingular(kind.toLowerCase(Locale.ROOT))
                .withListKind(kind + "List").endNames()
                .addNewVersion().withName("v1").withServed(true).withStorage(true)
                .withNewSchema().withNewOpenAPIV3Schema().withType("object").withXKubernetesPreserveUnknownFields(true)
                .endOpenAPIV3Schema().endSchema();
        if (statusSubresource) {
            version = version.withNewSubresources().withNewStatus().endStatus().endSubresources();
        }
        CustomResourceDefinition crd = version.endVersion().endSpec().build();
        client.apiextensions().v1().customResourceDefinitions().resource(crd).create();
    }
}
