package org.storageharness.simcluster;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an API request asks to do, as the API server's authorizer sees it: verb, group, resource, subresource,
 * namespace and name, read from the method and path as Kubernetes does (a GET of a collection is {@code list}, with
 * {@code watch=true} it is {@code watch}; a DELETE of a collection is {@code deletecollection}).
 *
 * @param namespace empty for cluster-scoped resources and requests across all namespaces
 * @param name empty for collections
 */
record RequestAttributes(String verb, String group, String resource, String subresource, String namespace,
                         String name) {

    // /api/v1/... or /apis/<group>/<version>/..., then the resource path
    private static final Pattern API = Pattern.compile("/(?:api/v1|apis/([^/]+)/[^/]+)(/[^?]*)?(?:\\?(.*))?");
    private static final Pattern WATCH = Pattern.compile("(^|&)watch=(true|1)(&|$)");

    /** The request's attributes; empty for discovery and other non-resource paths ({@code /version}, {@code /apis}). */
    static Optional<RequestAttributes> of(String method, String path) {
        Matcher m = API.matcher(path);
        if (!m.matches() || m.group(2) == null || m.group(2).length() <= 1) {
            return Optional.empty();
        }
        String group = m.group(1) == null ? "" : m.group(1);
        List<String> parts = List.of(m.group(2).substring(1).split("/"));
        String namespace = "";
        if (parts.size() >= 3 && parts.get(0).equals("namespaces")) {
            namespace = parts.get(1);
            parts = parts.subList(2, parts.size());
        }
        String name = parts.size() > 1 ? parts.get(1) : "";
        String subresource = parts.size() > 2 ? parts.get(2) : "";
        boolean watch = m.group(3) != null && WATCH.matcher(m.group(3)).find();
        return Optional.of(new RequestAttributes(verb(method, !name.isEmpty(), watch), group, parts.get(0),
                subresource, namespace, name));
    }

    private static String verb(String method, boolean named, boolean watch) {
        return switch (method) {
            case "POST" -> "create";
            case "PUT" -> "update";
            case "PATCH" -> "patch";
            case "DELETE" -> named ? "delete" : "deletecollection";
            default -> watch ? "watch" : named ? "get" : "list";
        };
    }

    /** {@code resource[.group][/subresource]}, as kubectl and the harness's permissions write it. */
    String resourceName() {
        return resource + (group.isEmpty() ? "" : "." + group) + (subresource.isEmpty() ? "" : "/" + subresource);
    }

    /** {@code verb resource[.group][/sub] [namespace]}: one line of the access log. */
    @Override
    public String toString() {
        return verb + " " + resourceName() + (namespace.isEmpty() ? "" : " " + namespace);
    }
}
