package org.storageharness.platform.kube.access;

import io.fabric8.kubernetes.api.model.authorization.v1.ResourceAttributesBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReviewStatus;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.List;
import java.util.Objects;

/**
 * Asks the API server, one SelfSubjectAccessReview per permission, whether the harness's own user may make each
 * request. A review is answered and forgotten: it creates nothing in the cluster, and every authenticated user may ask.
 */
public final class AccessReview {

    /** The API server's answer. */
    public enum Answer {
        ALLOWED, DENIED,
        /** The review itself failed (an API server without the authorization API, a network error). */
        UNKNOWN
    }

    /**
     * One permission and its answer.
     *
     * @param detail the authorizer's reason or the review's failure; empty when none was given
     */
    public record Reviewed(Permission permission, Answer answer, String detail) {
    }

    private final KubernetesClient client;

    public AccessReview(KubernetesClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /** Every permission with its answer, in the order given. */
    public List<Reviewed> review(List<Permission> permissions) {
        return permissions.stream().map(this::review).toList();
    }

    private Reviewed review(Permission permission) {
        try {
            SelfSubjectAccessReview answer = client.authorization().v1().selfSubjectAccessReview()
                    .create(request(permission));
            SubjectAccessReviewStatus status = answer == null ? null : answer.getStatus();
            boolean allowed = status != null && Boolean.TRUE.equals(status.getAllowed());
            String reason = status == null || status.getReason() == null ? "" : status.getReason();
            return new Reviewed(permission, allowed ? Answer.ALLOWED : Answer.DENIED, reason);
        } catch (KubernetesClientException e) {
            return new Reviewed(permission, Answer.UNKNOWN, "the access review failed [HTTP " + e.getCode() + "]: "
                    + e.getMessage());
        }
    }

    private static SelfSubjectAccessReview request(Permission p) {
        return new SelfSubjectAccessReviewBuilder().withNewSpec().withResourceAttributes(new ResourceAttributesBuilder()
                .withVerb(p.verb()).withGroup(p.group()).withResource(p.plural()).withSubresource(p.subresource())
                .withNamespace(p.namespace() == null ? "" : p.namespace()).withName(p.name() == null ? "" : p.name())
                .build()).endSpec().build();
    }
}
