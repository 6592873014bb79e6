package org.storageharness.engine.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An engine's namespaced custom resources of one API group, as JSON trees. Each kind is named by an explicit resource
 * context (kind and plural), so no API discovery, and no RBAC for it, is needed.
 */
final class EngineCrs {

    private final KubernetesClient client;
    private final String group;
    private final String version;
    private final String namespace;
    private final ObjectMapper json = new ObjectMapper();

    EngineCrs(KubernetesClient client, String group, String version, String namespace) {
        this.client = client;
        this.group = group;
        this.version = version;
        this.namespace = namespace;
    }

    String namespace() {
        return namespace;
    }

    /** The object {@code name}; empty when it does not exist. */
    Optional<JsonNode> get(String kind, String plural, String name) {
        GenericKubernetesResource found = Access.READ.call(action("get", plural, name),
                () -> crs(kind, plural).withName(name).get());
        return Optional.ofNullable(found).map(json::valueToTree);
    }

    /** The objects labelled {@code key=value}, sorted by name. */
    List<JsonNode> list(String kind, String plural, String key, String value) {
        return sorted(Access.READ.call(action("list", plural, key + "=" + value),
                () -> crs(kind, plural).withLabel(key, value).list().getItems()));
    }

    /** Every object of the kind, sorted by name. */
    List<JsonNode> list(String kind, String plural) {
        return sorted(Access.READ.call(action("list", plural, ""), () -> crs(kind, plural).list().getItems()));
    }

    /** Whether the API server serves the kind at all (its CRD is installed). */
    boolean served(String kind, String plural) {
        try {
            Access.READ.call(action("list", plural, ""),
                    () -> crs(kind, plural).list(new ListOptionsBuilder().withLimit(1L).build()));
            return true;
        } catch (KubernetesClientException e) {
            if (e.getCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    /** Deletes exactly the object {@code name} (RBAC tier 2). */
    void delete(String kind, String plural, String name) {
        Access.FAULT.call(action("delete", plural, name), () -> crs(kind, plural).withName(name).delete());
    }

    private List<JsonNode> sorted(List<GenericKubernetesResource> items) {
        return items.stream().sorted(Comparator.comparing(r -> r.getMetadata().getName()))
                .map(r -> (JsonNode) json.valueToTree(r)).collect(Collectors.toList());
    }

    private NonNamespaceOperation<GenericKubernetesResource, GenericKubernetesResourceList,
            Resource<GenericKubernetesResource>> crs(String kind, String plural) {
        ResourceDefinitionContext context = new ResourceDefinitionContext.Builder().withGroup(group)
                .withVersion(version).withKind(kind).withPlural(plural).withNamespaced(true).build();
        return client.genericKubernetesResources(context).inNamespace(namespace);
    }

    private String action(String verb, String plural, String which) {
        return verb + " " + plural + "." + group + (which.isEmpty() ? "" : " [" + which + "]") + " in namespace ["
                + namespace + "]";
    }
}
