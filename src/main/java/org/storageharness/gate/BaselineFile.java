package org.storageharness.gate;

import java.util.List;
import java.util.Map;
import org.storageharness.results.RunRecord;

/**
 * A baseline file: medians (and spreads) per target, engine, workload and fio group, so one file can hold a whole
 * homelab, and the correctness checks' metrics per target, engine and check. Written with
 * {@code -Dbaseline.update=true}, read with {@code -Dbaseline=FILE}. Version 2 added {@link #checks()}; version 1 files
 * (no checks) are read as having none.
 */
public record BaselineFile(String schema, int schemaVersion, List<Entry> entries, List<CheckEntry> checks) {

    public static final String SCHEMA = "storage-harness/baseline";
    public static final int VERSION = 2;

    public BaselineFile {
        entries = List.copyOf(entries);
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** A file without check entries. */
    public BaselineFile(String schema, int schemaVersion, List<Entry> entries) {
        this(schema, schemaVersion, entries, List.of());
    }

    /**
     * One case's baseline.
     *
     * @param group fio group name, or null when the workload has one group
     * @param runId the run it was taken from
     */
    public record Entry(String target, String engine, String workload, String group, String runId,
                        String recordedAt, Map<String, RunRecord.MetricRecord> metrics) {

        boolean sameCase(Entry other) {
            return key().equals(other.key());
        }

        String key() {
            return target + "\u0000" + engine + "\u0000" + workload + "\u0000" + group;
        }
    }

    /**
     * One correctness check's baseline: its metrics as {@code results.json} has them.
     *
     * @param check the check's id ({@code failover})
     * @param metrics by name, the unit in the name ({@code failover.stall_s})
     */
    public record CheckEntry(String target, String engine, String check, String runId, String recordedAt,
                             Map<String, Double> metrics) {

        public CheckEntry {
            metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
        }

        boolean sameCheck(CheckEntry other) {
            return target.equals(other.target) && engine.equals(other.engine) && check.equals(other.check);
        }
    }
}
