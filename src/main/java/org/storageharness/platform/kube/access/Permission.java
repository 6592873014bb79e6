package org.storageharness.platform.kube.access;

import java.util.Objects;
import java.util.Set;

/**
 * One kind of API request a run makes: a verb on a resource, where, why, and the example RBAC file that grants it.
 *
 * @param verb the RBAC verb ({@code get}, {@code list}, {@code watch}, {@code create}, {@code delete}, ...)
 * @param resource in kubectl's notation: {@code resource[.group][/subresource]}, e.g. {@code pods/log},
 *        {@code replicas.longhorn.io}, {@code volumesnapshots.snapshot.storage.k8s.io}
 * @param namespace where; null for a cluster-scoped resource or all namespaces
 * @param name the one object the request is limited to; null for any
 * @param grantedBy the example RBAC file that grants it, relative to the project folder
 * @param required true when the run cannot go ahead without it; false when only a report detail or a piece of
 *        evidence is lost
 * @param purpose what the run does with it, for the user who grants it
 */
public record Permission(String verb, String resource, String namespace, String name, String grantedBy,
                         boolean required, String purpose) {

    private static final Set<String> CLUSTER_SCOPED = Set.of("namespaces", "nodes", "persistentvolumes",
            "storageclasses", "csidrivers", "csinodes", "volumesnapshotclasses", "volumesnapshotcontents");

    public Permission {
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(grantedBy, "grantedBy");
        Objects.requireNonNull(purpose, "purpose");
    }

    /** The API group; empty for the core group. */
    public String group() {
        String plain = resource.split("/", 2)[0];
        int dot = plain.indexOf('.');
        return dot < 0 ? "" : plain.substring(dot + 1);
    }

    /** The resource's plural name, without group and subresource. */
    public String plural() {
        return resource.split("/", 2)[0].split("\\.", 2)[0];
    }

    /** The subresource ({@code log}, {@code proxy}, {@code eviction}); empty when there is none. */
    public String subresource() {
        String[] parts = resource.split("/", 2);
        return parts.length > 1 ? parts[1] : "";
    }

    /** The request as a user reads it: {@code create persistentvolumeclaims in namespace [x]}. */
    public String request() {
        String object = name == null ? resource : resource + " [" + name + "]";
        return verb + " " + object + " " + scope();
    }

    /** {@code in namespace [x]}, {@code in all namespaces} or {@code cluster-wide}. */
    public String scope() {
        if (namespace != null) {
            return "in namespace [" + namespace + "]";
        }
        return CLUSTER_SCOPED.contains(plural()) ? "cluster-wide" : "in all namespaces";
    }

    /** Same request (verb, resource, namespace, name), whatever the purpose. */
    boolean sameRequest(Permission other) {
        return verb.equals(other.verb) && resource.equals(other.resource) && Objects.equals(namespace, other.namespace)
                && Objects.equals(name, other.name);
    }
}
