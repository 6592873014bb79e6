package org.storageharness.engine.adapter;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.function.Supplier;

/**
 * Runs one API call and turns the API server's refusal (HTTP 403) into an {@link UnsupportedOperationException} that
 * names the least-privilege RBAC tier of engines.md §9.1 the harness lacks, so the check is skipped with that reason.
 * Other failures pass through unchanged.
 */
enum Access {

    /** Tier 1: get/list the engine's objects and pods, services/proxy get on its REST API. */
    READ("1", "engine read", "apply src/main/examples/in-cluster/rbac-tier1-engine-read.yaml (or the rule for this "
            + "object) to the harness's service account"),
    /** Tier 2: delete engine pods and Longhorn Replica CRs in the engine namespace. */
    FAULT("2", "engine fault", "grant the harness's service account delete on it in the engine namespace; replica "
            + "fault checks are skipped until then");

    private final String number;
    private final String title;
    private final String grant;

    Access(String number, String title, String grant) {
        this.number = number;
        this.title = title;
        this.grant = grant;
    }

    /** Runs {@code call}; {@code action} says what it does ({@code list replicas.longhorn.io in [longhorn-system]}). */
    <T> T call(String action, Supplier<T> call) {
        try {
            return call.get();
        } catch (KubernetesClientException e) {
            if (e.getCode() == 403) {
                throw refused(action, e.getStatus() == null ? e.getMessage() : e.getStatus().getMessage(), e);
            }
            throw e;
        }
    }

    /** The skip for a refusal the caller saw itself (a raw HTTP answer). */
    UnsupportedOperationException refused(String action, String apiMessage, Throwable cause) {
        return new UnsupportedOperationException("RBAC tier " + number + " (" + title + ") missing: the API server "
                + "refused to " + action + " [HTTP 403: " + apiMessage + "]; " + grant + " (engines.md §9.1)", cause);
    }
}
