package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The eviction subresource ({@code POST .../pods/<pod>/eviction}, what {@code kubectl drain} and fabric8's
 * {@code evict()} call), which the CRUD store would treat as creating a pod: the pod is deleted, as the API server does
 * when no PodDisruptionBudget forbids it (the simulation has none).
 */
final class Evictions {

    private static final Pattern EVICTION = Pattern.compile("(/api/v1/namespaces/([^/]+)/pods/([^/?]+))/eviction(\\?.*)?");

    private Evictions() {
    }

    static boolean applies(RecordedRequest request) {
        return "POST".equals(request.getMethod()) && EVICTION.matcher(request.getPath()).matches();
    }

    static MockResponse dispatch(Dispatcher crud, RecordedRequest request) {
        Matcher eviction = EVICTION.matcher(request.getPath());
        if (!eviction.matches()) {
            throw new IllegalArgumentException("not an eviction [" + request.getPath() + "]");
        }
        String pod = eviction.group(3);
        MockResponse deleted = crud.dispatch(new RecordedRequest(request.getHttpVersion(), HttpMethod.DELETE,
                eviction.group(1), request.getHeaders(), new Buffer()));
        if (deleted.code() == 404) {
            return ApiStatus.notFound("pods \"" + pod + "\" not found");
        }
        if (deleted.code() >= 300) {
            return deleted;
        }
        String body = Serialization.asJson(new StatusBuilder().withApiVersion("v1").withKind("Status")
                .withNewMetadata().endMetadata().withStatus("Success").withCode(201).build());
        return new MockResponse().setResponseCode(201).setHeader("Content-Type", "application/json").setBody(body);
    }
}
