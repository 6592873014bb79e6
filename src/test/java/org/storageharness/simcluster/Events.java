package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Records core/v1 Events as the scheduler, kubelet and provisioners do, so the harness finds them as evidence. */
final class Events {

    private final KubernetesClient client;
    private final AtomicLong sequence = new AtomicLong();
    private final Set<String> emitted = ConcurrentHashMap.newKeySet();

    Events(KubernetesClient client) {
        this.client = client;
    }

    void normal(HasMetadata about, String component, String reason, String message) {
        emit(about, component, "Normal", reason, message);
    }

    void warning(HasMetadata about, String component, String reason, String message) {
        emit(about, component, "Warning", reason, message);
    }

    /** A warning that is recorded once per object, reason and message, however often a controller meets it. */
    void warningOnce(HasMetadata about, String component, String reason, String message) {
        if (emitted.add(about.getMetadata().getUid() + "|" + reason + "|" + message)) {
            warning(about, component, reason, message);
        }
    }

    /** A normal event that is recorded once per object, reason and message. */
    void normalOnce(HasMetadata about, String component, String reason, String message) {
        if (emitted.add(about.getMetadata().getUid() + "|" + reason + "|" + message)) {
            normal(about, component, reason, message);
        }
    }

    private void emit(HasMetadata about, String component, String type, String reason, String message) {
        String objectNamespace = about.getMetadata().getNamespace();
        String namespace = objectNamespace == null ? "default" : objectNamespace;
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Event event = new EventBuilder()
                .withNewMetadata().withNamespace(namespace)
                .withName(about.getMetadata().getName() + "." + Long.toHexString(System.nanoTime())
                        + sequence.incrementAndGet())
                .endMetadata()
                .withInvolvedObject(new ObjectReferenceBuilder().withApiVersion(about.getApiVersion())
                        .withKind(about.getKind()).withNamespace(objectNamespace)
                        .withName(about.getMetadata().getName()).withUid(about.getMetadata().getUid())
                        .withResourceVersion(about.getMetadata().getResourceVersion()).build())
                .withType(type).withReason(reason).withMessage(message)
                .withNewSource().withComponent(component).endSource()
                .withReportingComponent(component).withReportingInstance(component)
                .withFirstTimestamp(now).withLastTimestamp(now).withCount(1)
                .build();
        client.v1().events().inNamespace(namespace).resource(event).create();
    }
}
