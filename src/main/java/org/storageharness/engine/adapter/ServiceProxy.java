package org.storageharness.engine.adapter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GETs an engine's REST API through the API server's service proxy
 * ({@code /api/v1/namespaces/<ns>/services/<name>:<port>/proxy/<path>}), so the harness needs no network route into
 * the cluster, only {@code services/proxy get} (RBAC tier 1). The client's own HTTP client is used rather than
 * {@code KubernetesClient.raw}, which answers null for a 404 and drops the body of other errors.
 */
final class ServiceProxy {

    private static final int MAX_BODY_IN_MESSAGE = 300;

    private final KubernetesClient client;
    private final String namespace;
    private final String service;
    private final String settingKey;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param service the service as {@code <name>:<port>} (the port is part of the proxy path and of the RBAC name)
     * @param settingKey the adapter setting that names the service, for the hint when it is wrong
     */
    ServiceProxy(KubernetesClient client, String namespace, String service, String settingKey) {
        this.client = client;
        this.namespace = namespace;
        this.service = service;
        this.settingKey = settingKey;
    }

    /** The parsed answer to GET {@code path} (from {@code /}, query allowed). */
    JsonNode get(String path) {
        return find(path).orElseThrow(() -> new IllegalStateException("Cluster unavailable: GET [" + path
                + "] through service [" + namespace + "/" + service + "] answered [HTTP 404]: the engine has no such "
                + "object; check that the volume belongs to this engine"));
    }

    /** The parsed answer to GET {@code path}; empty when the engine's API (not the API server) answers 404. */
    Optional<JsonNode> find(String path) {
        HttpResponse<String> response = send(path);
        String body = response.body() == null ? "" : response.body();
        if (response.code() == 403) {
            throw Access.READ.refused("GET [" + path + "] through the proxy of service [" + namespace + "/" + service
                    + "] (RBAC resource services/proxy, resourceNames [" + service + "])", apiMessage(body), null);
        }
        if (response.code() == 404 && !isKubernetesStatus(body)) {
            return Optional.empty();
        }
        if (!response.isSuccessful()) {
            throw new IllegalStateException("Cluster unavailable: GET [" + path + "] through service [" + namespace
                    + "/" + service + "] answered [HTTP " + response.code() + ": " + excerpt(body) + "]; " + hint());
        }
        return Optional.of(parse(path, body));
    }

    private HttpResponse<String> send(String path) {
        HttpClient http = client.getHttpClient();
        HttpRequest request = http.newHttpRequestBuilder().uri(proxyUrl(path)).build();
        long timeout = client.getConfiguration().getRequestTimeout();
        CompletableFuture<HttpResponse<String>> answer = http.sendAsync(request, String.class);
        try {
            return answer.get(timeout, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for GET [" + path + "] of [" + service + "]", e);
        } catch (TimeoutException e) {
            // The client retries 429 and 5xx answers with backoff, so a service without endpoints ends up here.
            answer.cancel(true);
            throw new IllegalStateException("Cluster unavailable: GET [" + path + "] through service [" + namespace
                    + "/" + service + "] got no answer within [" + timeout + " ms] (the client retries HTTP 5xx "
                    + "answers such as 503 for a service without endpoints); " + hint(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cluster unavailable: GET [" + path + "] through service [" + namespace
                    + "/" + service + "] failed [" + e.getCause() + "]; " + hint(), e.getCause());
        }
    }

    private String hint() {
        return "check that the engine's API pods run and that setting [" + settingKey + "] names its service as "
                + "<name>:<port>";
    }

    private String proxyUrl(String path) {
        String master = client.getConfiguration().getMasterUrl();
        String base = master.endsWith("/") ? master.substring(0, master.length() - 1) : master;
        return base + "/api/v1/namespaces/" + namespace + "/services/" + service + "/proxy" + path;
    }

    private JsonNode parse(String path, String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cluster unavailable: GET [" + path + "] of service [" + service
                    + "] did not answer JSON [" + excerpt(body) + "]", e);
        }
    }

    /** The API server's own errors (service missing, no endpoints, forbidden) come as a Kubernetes Status object. */
    private boolean isKubernetesStatus(String body) {
        return statusMessage(body).isPresent();
    }

    private String apiMessage(String body) {
        return statusMessage(body).orElseGet(() -> excerpt(body));
    }

    private Optional<String> statusMessage(String body) {
        try {
            JsonNode node = json.readTree(body);
            boolean status = "Status".equals(node.path("kind").asText());
            return status ? Optional.of(node.path("message").asText()) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty(); // not JSON, so not a Status: the engine's own answer
        }
    }

    private static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ").trim();
        return flat.length() <= MAX_BODY_IN_MESSAGE ? flat : flat.substring(0, MAX_BODY_IN_MESSAGE) + "…";
    }
}
