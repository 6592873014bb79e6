package org.storageharness.gate;

import java.util.Optional;
import org.storageharness.suite.GateSpec;
import org.storageharness.suite.Metric;

/**
 * Tolerances by kind of metric. Throughput and latency up to p99.9 are gated; the amount of I/O moved (it follows the
 * runtime), p99.99 and max latency (a handful of samples in a short run) are reported but not gated.
 */
public record GateRules(Tolerance iops, Tolerance bandwidth, Tolerance latency) {

    /** 10 % (at least 50 IOPS / 1 MiB/s) for throughput, 20 % (at least 0.05 ms) for latency. */
    public static GateRules defaults() {
        return of(GateSpec.defaults());
    }

    /** The rules a suite's {@code gate:} section sets. */
    public static GateRules of(GateSpec spec) {
        return new GateRules(new Tolerance(spec.iopsFraction(), spec.iopsFloor()),
                new Tolerance(spec.bwFraction(), spec.bwFloor()),
                new Tolerance(spec.latencyFraction(), spec.latencyFloor()));
    }

    public Optional<Tolerance> forMetric(Metric metric) {
        Metric.Quantity q = metric.quantity();
        if (q == Metric.Quantity.IOPS) {
            return Optional.of(iops);
        }
        if (q == Metric.Quantity.BW) {
            return Optional.of(bandwidth);
        }
        boolean tail = q == Metric.Quantity.LAT_P9999 || q == Metric.Quantity.LAT_MAX;
        return q.isLatency() && !tail ? Optional.of(latency) : Optional.empty();
    }
}
