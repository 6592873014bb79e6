package org.storageharness.gate;

import java.util.List;
import java.util.Map;
import org.storageharness.results.RunRecord;

/**
 * A baseline file: medians (and spreads) per target, engine, workload and fio group, so one file can hold a whole
 * homelab. Written with {@code -Dbaseline.update=true}, read with {@code -Dbaseline=FILE}.
 */
public record BaselineFile(String schema, int schemaVersion, List<Entry> entries) {

    public static final String SCHEMA = "storage-harness/baseline";
    public static final int VERSION = 1;

    public BaselineFile {
        entries = List.copyOf(entries);
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
}
