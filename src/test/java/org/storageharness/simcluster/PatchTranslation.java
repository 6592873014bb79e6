package org.storageharness.simcluster;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.charset.StandardCharsets;

/**
 * Patch types the CRUD store answers with 415: a server-side apply becomes a create (object absent) or a JSON merge
 * patch (object present), and a strategic merge patch becomes a JSON merge patch. Lists are then replaced rather than
 * merged by key, and field ownership is not tracked.
 */
final class PatchTranslation {

    private static final String APPLY = "application/apply-patch+yaml";
    private static final String STRATEGIC = "application/strategic-merge-patch+json";
    private static final String MERGE = "application/merge-patch+json";

    private final Dispatcher crud;

    PatchTranslation(Dispatcher crud) {
        this.crud = crud;
    }

    static boolean applies(RecordedRequest request) {
        String type = request.getHeader("Content-Type");
        return "PATCH".equals(request.getMethod()) && type != null
                && (type.startsWith(APPLY) || type.startsWith(STRATEGIC));
    }

    MockResponse dispatch(RecordedRequest request) {
        String body = new String(request.getBody().getBytes(), StandardCharsets.UTF_8);
        String json = Serialization.asJson(Serialization.unmarshal(body, JsonNode.class));
        String path = request.getPath().split("\\?", 2)[0];
        boolean apply = request.getHeader("Content-Type").startsWith(APPLY);
        if (apply && send(request, HttpMethod.GET, path, null, null).code() == 404) {
            String collection = path.substring(0, path.lastIndexOf('/'));
            return send(request, HttpMethod.POST, collection, "application/json", json);
        }
        return send(request, HttpMethod.PATCH, path, MERGE, json);
    }

    private MockResponse send(RecordedRequest original, HttpMethod method, String path, String type, String body) {
        var headers = original.getHeaders().newBuilder();
        if (type != null) {
            headers.set("Content-Type", type);
        }
        Buffer buffer = new Buffer(body == null ? null : body.getBytes(StandardCharsets.UTF_8));
        return crud.dispatch(new RecordedRequest(original.getHttpVersion(), method, path, headers.build(), buffer));
    }
}
