package org.storageharness.simcluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * RBAC as the harness meets it: every request is allowed unless its verb and resource are on the deny list, in which
 * case it is answered 403 Forbidden as the API server does, and SelfSubjectAccessReviews are answered from the same
 * list. Also records the harness's requests: what it asked for, and which requests wrote.
 */
final class AccessControl {

    static final String REVIEWS = "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews";

    private final Set<String> denied = ConcurrentHashMap.newKeySet();
    private final Set<RequestAttributes> asked = ConcurrentHashMap.newKeySet();
    private final List<String> writes = new CopyOnWriteArrayList<>();

    /**
     * Denies {@code verb} on {@code resource} ({@code resource[.group][/subresource]}) in every namespace, or in one
     * when {@code resource} is followed by a blank and the namespace.
     */
    void deny(String verb, String resource) {
        denied.add(verb + " " + resource);
    }

    /** Notes a request of the harness; answers it when it is a review or denied, else returns null to go on. */
    MockResponse screen(RecordedRequest request) {
        if (!"GET".equals(request.getMethod())) {
            writes.add(request.getMethod() + " " + request.getPath());
        }
        if ("POST".equals(request.getMethod()) && request.getPath().startsWith(REVIEWS)) {
            return review(request);
        }
        var attributes = RequestAttributes.of(request.getMethod(), request.getPath());
        attributes.ifPresent(asked::add);
        return attributes.filter(this::denies).map(AccessControl::forbidden).orElse(null);
    }

    private boolean denies(RequestAttributes a) {
        String denial = a.verb() + " " + a.resourceName();
        return denied.contains(denial) || denied.contains(denial + " " + a.namespace());
    }

    private MockResponse review(RecordedRequest request) {
        JsonNode review = Serialization.unmarshal(new String(request.getBody().getBytes(), StandardCharsets.UTF_8),
                JsonNode.class);
        JsonNode asked = review.path("spec").path("resourceAttributes");
        String resource = asked.path("resource").asText("")
                + (asked.path("group").asText("").isEmpty() ? "" : "." + asked.path("group").asText())
                + (asked.path("subresource").asText("").isEmpty() ? "" : "/" + asked.path("subresource").asText());
        String denial = asked.path("verb").asText("") + " " + resource;
        boolean deny = denied.contains(denial) || denied.contains(denial + " " + asked.path("namespace").asText(""));
        ObjectNode status = ((ObjectNode) review).putObject("status");
        status.put("allowed", !deny);
        status.put("denied", deny);
        status.put("reason", deny ? "denied by the simulated cluster's deny list" : "allowed by the simulated cluster");
        return new MockResponse().setResponseCode(201).setHeader("Content-Type", "application/json")
                .setBody(Serialization.asJson(review));
    }

    private static MockResponse forbidden(RequestAttributes a) {
        String where = a.namespace().isEmpty() ? "at the cluster scope" : "in the namespace \"" + a.namespace() + "\"";
        return ApiStatus.failure(403, "Forbidden", a.resource() + (a.name().isEmpty() ? "" : " \"" + a.name() + "\"")
                + " is forbidden: User \"simcluster\" cannot " + a.verb() + " resource \"" + a.resource()
                + (a.subresource().isEmpty() ? "" : "/" + a.subresource()) + "\" in API group \"" + a.group() + "\" "
                + where);
    }

    /** Every kind of request the harness made: verb, resource, namespace. */
    Set<RequestAttributes> asked() {
        return Set.copyOf(asked);
    }

    /** Every request of the harness other than a GET, as {@code METHOD path}, in order. */
    List<String> writes() {
        return List.copyOf(writes);
    }
}
