package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.Locale;

/**
 * The CRDs of Longhorn that the harness reads (group {@code longhorn.io}, version {@code v1beta2}; longhorn-shapes.md),
 * installed once per cluster so fabric8's generic resources and discovery work against the CRUD store.
 */
final class LonghornApi {

    static final String GROUP = "longhorn.io";
    static final String VERSION = "v1beta2";
    static final String API_VERSION = GROUP + "/" + VERSION;
    static final String NAMESPACE = "longhorn-system";
    static final String DRIVER = "driver.longhorn.io";
    static final String LONGHORN_VERSION = "v1.12.1";
    static final String MANAGER_IMAGE = "longhornio/longhorn-manager:" + LONGHORN_VERSION;
    static final String VOLUME_LABEL = "longhornvolume";
    static final String NODE_LABEL = "longhornnode";

    /** The kinds the simulation writes, with their plural and whether status is a subresource. */
    enum Kind {
        VOLUME("Volume", "volumes", true),
        REPLICA("Replica", "replicas", true),
        ENGINE("Engine", "engines", true),
        SETTING("Setting", "settings", false);

        private final String kind;
        private final String plural;
        private final boolean statusSubresource;

        Kind(String kind, String plural, boolean statusSubresource) {
            this.kind = kind;
            this.plural = plural;
            this.statusSubresource = statusSubresource;
        }

        String kind() {
            return kind;
        }

        ResourceDefinitionContext context() {
            return new ResourceDefinitionContext.Builder().withGroup(GROUP).withVersion(VERSION).withKind(kind)
                    .withPlural(plural).withNamespaced(true).build();
        }
    }

    private LonghornApi() {
    }

    /** Installs the CRDs unless a previous engine did. */
    static void install(KubernetesClient client) {
        for (Kind kind : Kind.values()) {
            String name = kind.plural + "." + GROUP;
            if (client.apiextensions().v1().customResourceDefinitions().withName(name).get() == null) {
                create(client, kind, name);
            }
        }
    }

    /** The objects of {@code kind} in the engine namespace. */
    static MixedOperation<GenericKubernetesResource, GenericKubernetesResourceList, Resource<GenericKubernetesResource>>
            resources(KubernetesClient client, Kind kind) {
        return client.genericKubernetesResources(kind.context());
    }

    static Resource<GenericKubernetesResource> named(KubernetesClient client, Kind kind, String name) {
        return resources(client, kind).inNamespace(NAMESPACE).withName(name);
    }

    private static void create(KubernetesClient client, Kind kind, String name) {
        var version = new CustomResourceDefinitionBuilder()
                .withNewMetadata().withName(name).addToLabels("app.kubernetes.io/name", "longhorn").endMetadata()
                .withNewSpec().withGroup(GROUP).withScope("Namespaced")
                .withNewNames().withKind(kind.kind).withPlural(kind.plural)
                .withSingular(kind.kind.toLowerCase(Locale.ROOT)).withListKind(kind.kind + "List")
                .addToShortNames("lh" + kind.plural.charAt(0)).endNames()
                .addNewVersion().withName(VERSION).withServed(true).withStorage(true)
                .withNewSchema().withNewOpenAPIV3Schema().withType("object").withXKubernetesPreserveUnknownFields(true)
                .endOpenAPIV3Schema().endSchema();
        if (kind.statusSubresource) {
            version = version.withNewSubresources().withNewStatus().endStatus().endSubresources();
        }
        client.apiextensions().v1().customResourceDefinitions().resource(version.endVersion().endSpec().build())
                .create();
    }
}
