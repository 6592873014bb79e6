package org.storageharness.platform;

import java.time.Duration;
import org.storageharness.suite.Units;
import org.storageharness.suite.WorkloadSpec;

/** How long a workload may take before it is declared hung: its runtime plus time to lay out its file, plus slack. */
public final class Deadlines {

    private static final Duration SLACK = Duration.ofMinutes(2);
    private static final Duration UNTIMED = Duration.ofMinutes(30);
    private static final long LAYOUT_BYTES_PER_SECOND = 20L << 20;

    private Deadlines() {
    }

    public static Duration forWorkload(WorkloadSpec workload) {
        if (workload.runtime() == null) {
            return UNTIMED;
        }
        String ramp = workload.options().get("ramp_time");
        Duration rampTime = ramp == null ? Duration.ZERO : Units.duration(ramp);
        long sizeBytes = Units.sizeBytes(workload.options().getOrDefault("size", "0")).orElse(0);
        Duration layout = Duration.ofSeconds(sizeBytes / LAYOUT_BYTES_PER_SECOND);
        return workload.runtime().plus(rampTime == null ? Duration.ZERO : rampTime).plus(layout).plus(SLACK);
    }
}
