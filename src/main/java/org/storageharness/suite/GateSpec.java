package org.storageharness.suite;

/**
 * The suite's baseline tolerances (key {@code gate:}): for IOPS, bandwidth and latency, a fraction of the baseline and
 * an absolute floor in the metric's unit (IOPS, MiB/s, ms).
 */
public record GateSpec(double iopsFraction, double iopsFloor, double bwFraction, double bwFloor,
                       double latencyFraction, double latencyFloor) {

    /** 10 % (at least 50 IOPS / 1 MiB/s) for throughput, 20 % (at least 0.05 ms) for latency. */
    public static GateSpec defaults() {
        return new GateSpec(0.10, 50, 0.10, 1, 0.20, 0.05);
    }
}
