package org.storageharness.plan;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A plan's reads of a cluster: each may be refused (403) or fail, and the plan then says what it could not find out
 * instead of stopping; the permission table says which right is missing.
 */
final class ClusterReads {

    private ClusterReads() {
    }

    /** The answer, or empty when the read failed. */
    static <T> Optional<T> attempt(Supplier<T> read) {
        try {
            return Optional.ofNullable(read.get());
        } catch (KubernetesClientException e) {
            return Optional.empty();
        }
    }

    /** A decision that needs reads: its answer, or a sentence saying it could not be made and why. */
    static Optional<String> decide(Supplier<Optional<String>> decision) {
        try {
            return decision.get();
        } catch (KubernetesClientException e) {
            return Optional.of("could not be decided: " + failure(e));
        } catch (UnsupportedOperationException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** {@code cannot read from the cluster [HTTP 403: …]}. */
    static String failure(KubernetesClientException e) {
        String message = e.getStatus() != null && e.getStatus().getMessage() != null ? e.getStatus().getMessage()
                : e.getMessage();
        return "cannot read from the cluster [HTTP " + e.getCode() + ": " + message + "]";
    }
}
