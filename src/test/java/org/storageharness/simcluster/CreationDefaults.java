package org.storageharness.simcluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the API server fills in on create and the CRUD store leaves out: the first status phase of pods and claims
 * (Pending) and namespaces (Active), which clients read before any controller has touched the object.
 */
final class CreationDefaults {

    private static final Pattern CREATE = Pattern.compile(
            "/api/v1(/namespaces/[^/]+)?/(pods|persistentvolumeclaims|namespaces)(\\?.*)?");
    private static final Map<String, String> PHASES = Map.of("pods", "Pending", "persistentvolumeclaims", "Pending",
            "namespaces", "Active");

    private CreationDefaults() {
    }

    static RecordedRequest apply(RecordedRequest request) {
        Matcher create = CREATE.matcher(request.getPath());
        if (!"POST".equals(request.getMethod()) || !create.matches() || request.getBody() == null) {
            return request;
        }
        JsonNode object = Serialization.unmarshal(new String(request.getBody().getBytes(), StandardCharsets.UTF_8),
                JsonNode.class);
        if (!(object instanceof ObjectNode created)) {
            return request;
        }
        ObjectNode status = created.get("status") instanceof ObjectNode existing ? existing
                : created.putObject("status");
        if (!status.hasNonNull("phase")) {
            status.put("phase", PHASES.get(create.group(2)));
        }
        return new RecordedRequest(request.getHttpVersion(), request.method(), request.getPath(),
                request.getHeaders(), new Buffer(Serialization.asJson(created).getBytes(StandardCharsets.UTF_8)));
    }
}
