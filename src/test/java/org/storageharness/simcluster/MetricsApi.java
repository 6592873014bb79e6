package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.APIGroupBuilder;
import io.fabric8.kubernetes.api.model.APIResourceBuilder;
import io.fabric8.kubernetes.api.model.APIResourceListBuilder;
import io.fabric8.kubernetes.api.model.GroupVersionForDiscoveryBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metrics.k8s.io/v1beta1 API as metrics-server serves it behind the API server: discovery, pod metrics (all
 * namespaces, one namespace or one pod, with a labelSelector) and node metrics (all or one). Read-only; other paths of
 * the group answer 404. While unavailable ({@link Faults#metricsUnavailable()}) every path of the group answers 404, as
 * on a cluster without metrics-server.
 */
final class MetricsApi {

    static final String GROUP = "metrics.k8s.io";
    static final String GROUP_VERSION = GROUP + "/v1beta1";

    private static final String GROUP_PATH = "/apis/" + GROUP;
    private static final Pattern DISCOVERY = Pattern.compile("/apis/metrics\\.k8s\\.io(/v1beta1)?/?(\\?.*)?");
    private static final Pattern RESOURCES = Pattern.compile(
            "/apis/metrics\\.k8s\\.io/v1beta1(?:/namespaces/([^/?]+))?/(pods|nodes)(?:/([^/?]+))?/?(?:\\?(.*))?");
    private static final String NO_SUCH_PATH = "the server could not find the requested resource";
    private static final String SELECTOR = "labelSelector=";

    private final MetricsDocuments documents;
    private volatile boolean available = true;

    MetricsApi(MetricsDocuments documents) {
        this.documents = documents;
    }

    /** True for every request under {@code /apis/metrics.k8s.io}: the CRUD store must not take them. */
    static boolean applies(RecordedRequest request) {
        String path = request.getPath();
        return path.equals(GROUP_PATH) || path.startsWith(GROUP_PATH + "/") || path.startsWith(GROUP_PATH + "?");
    }

    void setAvailable(boolean available) {
        this.available = available;
    }

    MockResponse serve(RecordedRequest request) {
        if (!available) {
            return ApiStatus.notFound(NO_SUCH_PATH);
        }
        if (!"GET".equals(request.getMethod())) {
            return ApiStatus.failure(405, "MethodNotAllowed",
                    "the server does not allow this method on the requested resource");
        }
        Matcher discovery = DISCOVERY.matcher(request.getPath());
        if (discovery.matches()) {
            return ok(discovery.group(1) == null ? group() : resources());
        }
        Matcher resource = RESOURCES.matcher(request.getPath());
        if (!resource.matches()) {
            return ApiStatus.notFound(NO_SUCH_PATH);
        }
        return "pods".equals(resource.group(2))
                ? pods(resource.group(1), resource.group(3), labelSelector(resource.group(4)))
                : nodes(resource.group(1), resource.group(3), labelSelector(resource.group(4)));
    }

    private MockResponse pods(String namespace, String name, String selector) {
        if (name == null) {
            return ok(documents.pods(namespace, selector));
        }
        if (namespace == null) {
            return ApiStatus.notFound(NO_SUCH_PATH);
        }
        return found(documents.pod(namespace, name),
                "podmetrics." + GROUP + " \"" + namespace + "/" + name + "\" not found");
    }

    private MockResponse nodes(String namespace, String name, String selector) {
        if (namespace != null) {
            return ApiStatus.notFound(NO_SUCH_PATH);
        }
        return name == null ? ok(documents.nodes(selector))
                : found(documents.node(name), "nodemetrics." + GROUP + " \"" + name + "\" not found");
    }

    /** The selector as the request spelled it (still URL-encoded), or null. */
    private static String labelSelector(String query) {
        return query == null ? null : Arrays.stream(query.split("&")).filter(p -> p.startsWith(SELECTOR))
                .map(p -> p.substring(SELECTOR.length())).filter(s -> !s.isEmpty()).findFirst().orElse(null);
    }

    private static Object group() {
        var version = new GroupVersionForDiscoveryBuilder().withGroupVersion(GROUP_VERSION).withVersion("v1beta1")
                .build();
        return new APIGroupBuilder().withApiVersion("v1").withKind("APIGroup").withName(GROUP)
                .withVersions(version).withPreferredVersion(version).build();
    }

    private static Object resources() {
        return new APIResourceListBuilder().withApiVersion("v1").withKind("APIResourceList")
                .withGroupVersion(GROUP_VERSION)
                .addToResources(new APIResourceBuilder().withName("nodes").withSingularName("").withNamespaced(false)
                        .withKind("NodeMetrics").withVerbs("get", "list").build())
                .addToResources(new APIResourceBuilder().withName("pods").withSingularName("").withNamespaced(true)
                        .withKind("PodMetrics").withVerbs("get", "list").build())
                .build();
    }

    private static MockResponse found(Optional<?> document, String notFound) {
        return document.map(MetricsApi::ok).orElseGet(() -> ApiStatus.notFound(notFound));
    }

    private static MockResponse ok(Object document) {
        return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
                .setBody(Serialization.asJson(document));
    }
}
