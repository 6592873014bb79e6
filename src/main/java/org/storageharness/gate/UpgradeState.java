package org.storageharness.gate;

import java.util.List;

/**
 * Golden data sets seeded before an engine upgrade and not yet verified, as written to the upgrade-gate state file.
 *
 * @param seeds one per target and engine
 */
public record UpgradeState(String schema, int schemaVersion, List<Seed> seeds) {

    public static final String SCHEMA = "storage-harness/upgrade-gate";

    public UpgradeState {
        seeds = List.copyOf(seeds);
    }

    /** Golden data of {@code engine} on {@code target}, written by run {@code runId}. */
    public record Seed(String target, String engine, int generation, long sizeBytes, String runId, String seededAt) {
    }
}
