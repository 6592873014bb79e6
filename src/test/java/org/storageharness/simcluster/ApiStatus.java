package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.MockResponse;

/** Error answers as the API server gives them: a v1 Status carrying the code, a reason and a message. */
final class ApiStatus {

    private ApiStatus() {
    }

    static MockResponse failure(int code, String reason, String message) {
        String body = Serialization.asJson(new StatusBuilder().withApiVersion("v1").withKind("Status")
                .withStatus("Failure").withCode(code).withReason(reason).withMessage(message).build());
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody(body);
    }

    static MockResponse notFound(String message) {
        return failure(404, "NotFound", message);
    }
}
