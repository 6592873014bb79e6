package org.storageharness.platform.k3s;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.testcontainers.DockerClientFactory;

/**
 * Whether a Docker engine is usable, answered in milliseconds where there is none. Testcontainers' own check takes
 * 300–650 ms there and logs an ERROR listing every strategy, so the places it would try are pinged first
 * ({@link DockerEndpoints}, {@link DockerPing}); Testcontainers is asked only once a daemon has answered.
 */
public final class DockerProbe {

    static final Duration PING_TIMEOUT = Duration.ofMillis(300);

    private final DockerEndpoints endpoints;
    private final Duration pingTimeout;
    private final BooleanSupplier testcontainersAgrees;

    DockerProbe(DockerEndpoints endpoints, Duration pingTimeout, BooleanSupplier testcontainersAgrees) {
        this.endpoints = endpoints;
        this.pingTimeout = pingTimeout;
        this.testcontainersAgrees = testcontainersAgrees;
    }

    /**
     * Why no Docker engine is usable from {@code environment}, or empty when one is (Testcontainers can reach it).
     */
    public static Optional<String> unavailableReason(DockerEnvironment environment) {
        return new DockerProbe(DockerEndpoints.of(environment), PING_TIMEOUT,
                () -> DockerClientFactory.instance().isDockerAvailable()).reason();
    }

    Optional<String> reason() {
        Precheck precheck = precheck();
        if (precheck.answered().isEmpty()) {
            return Optional.of(precheck.summary());
        }
        DockerEndpoint answered = precheck.answered().get();
        if (!testcontainersAgrees.getAsBoolean()) {
            return Optional.of("[" + answered.uri() + "] (" + answered.source() + ") answered, but Testcontainers"
                    + " cannot use it; its log above says why");
        }
        return Optional.empty();
    }

    /** Pings the candidates in order and stops at the first that answers; never touches Testcontainers. */
    Precheck precheck() {
        List<String> missing = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (DockerEndpoint endpoint : endpoints.candidates()) {
            if (endpoint.isUnixSocket() && !Files.exists(endpoint.socketPath())) {
                missing.add("[" + endpoint.socketPath() + "]");
                continue;
            }
            Optional<String> failure = DockerPing.failure(endpoint, pingTimeout);
            if (failure.isEmpty()) {
                return new Precheck(Optional.of(endpoint), List.of());
            }
            failed.add("[" + endpoint.uri() + "] (" + endpoint.source() + ") " + failure.get());
        }
        List<String> notes = new ArrayList<>(endpoints.unsetNotes());
        if (!missing.isEmpty()) {
            notes.add("no socket at " + String.join(", ", missing));
        }
        notes.addAll(failed);
        return new Precheck(Optional.empty(), notes);
    }

    /** The first endpoint that answered, or every reason none did. */
    record Precheck(Optional<DockerEndpoint> answered, List<String> notes) {

        String summary() {
            return String.join("; ", notes);
        }
    }
}
