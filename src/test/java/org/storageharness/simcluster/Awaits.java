package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/** Bounded, watch-based waits on the simulated cluster, failing with what was awaited and for how long. */
final class Awaits {

    static final long SECONDS = 10;

    private Awaits() {
    }

    static Pod pod(KubernetesClient client, String namespace, String name, Predicate<Pod> condition) {
        return client.pods().inNamespace(namespace).withName(name)
                .waitUntilCondition(p -> p != null && condition.test(p), SECONDS, TimeUnit.SECONDS);
    }

    static Pod phase(KubernetesClient client, String namespace, String name, String phase) {
        return pod(client, namespace, name, p -> p.getStatus() != null && phase.equals(p.getStatus().getPhase()));
    }

    /** The first event about {@code object} with {@code reason}, waiting for it through a watch. */
    static Event event(KubernetesClient client, String namespace, String object, String reason) {
        Predicate<Event> wanted = e -> object.equals(e.getInvolvedObject().getName()) && reason.equals(e.getReason());
        try {
            List<Event> events = client.v1().events().inNamespace(namespace)
                    .informOnCondition(list -> list.stream().anyMatch(wanted)).get(SECONDS, TimeUnit.SECONDS);
            return events.stream().filter(wanted).findFirst().orElseThrow();
        } catch (TimeoutException e) {
            throw new AssertionError("no event [" + reason + "] about [" + namespace + "/" + object + "] within ["
                    + SECONDS + " s]", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("watching events of [" + namespace + "] failed", e);
        }
    }
}
