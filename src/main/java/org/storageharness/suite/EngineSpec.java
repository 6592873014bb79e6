package org.storageharness.suite;

import java.util.Objects;
import java.util.Optional;

/**
 * One storage engine under test, as a suite declares it.
 *
 * @param id stable id used in display names, results and thresholds
 * @param kind engine kind from the engine catalog ({@code longhorn}, {@code generic}, ...)
 * @param description free text for the report, may be empty
 * @param local where it lives on the local target; null if the engine only exists in a cluster
 * @param storageClass StorageClass on Kubernetes targets; null if the engine only exists locally
 */
public record EngineSpec(String id, String kind, String description, LocalVolume local, String storageClass) {

    public EngineSpec {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        description = description == null ? "" : description;
    }

    public Optional<LocalVolume> localVolume() {
        return Optional.ofNullable(local);
    }
}
