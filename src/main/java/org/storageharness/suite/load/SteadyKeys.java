package org.storageharness.suite.load;

import java.util.LinkedHashMap;
import java.util.Map;
import org.storageharness.fio.JobText;
import org.storageharness.suite.WorkloadSpec;

/** The workloads' own {@code steady} keys, each checked against whether its workload logs a series to judge. */
final class SteadyKeys {

    private final Map<String, Boolean> byWorkload = new LinkedHashMap<>();

    /** Reads {@code steady} of the workload entry {@code f} (which made {@code spec}), when it has one. */
    void read(Fields f, WorkloadSpec spec) {
        if (!f.has("steady")) {
            return;
        }
        boolean required = f.bool("steady", false);
        if (required && !JobText.logsOverTime(spec)) {
            f.report("steady", "workload [" + spec.id() + "] cannot be judged for steady state: the harness logs IOPS"
                    + " over time only for a time-based workload of [fio] options with a [runtime] and no log options"
                    + " of its own (not for a [jobFile]); remove [steady] or give the workload that way");
        }
        byWorkload.put(spec.id(), required);
    }

    Map<String, Boolean> byWorkload() {
        return Map.copyOf(byWorkload);
    }
}
