package org.storageharness.gate;

import java.util.Optional;
import org.storageharness.suite.GateSpec;
import org.storageharness.suite.Metric;

/**
 * Tolerances by kind of metric. Throughput and latency up to p99.9 are gated; the amount of I/O moved (it follows the
 * runtime), p99.99 and max latency (a handful of samples in a short run) are reported but not gated. The checks'
 * times and rates have their own ({@link CheckMetricKind}).
 */
public record GateRules(Tolerance iops, Tolerance bandwidth, Tolerance latency, Tolerance checkTime,
                        Tolerance checkRate) {

    /** The benchmark tolerances with the checks' defaults. */
    public GateRules(Tolerance iops, Tolerance bandwidth, Tolerance latency) {
        this(iops, bandwidth, latency, new Tolerance(GateSpec.CHECK_TIME_FRACTION, GateSpec.CHECK_TIME_FLOOR),
                new Tolerance(GateSpec.CHECK_RATE_FRACTION, GateSpec.CHECK_RATE_FLOOR));
    }

    /** The defaults of {@link GateSpec#defaults()}. */
    public static GateRules defaults() {
        return of(GateSpec.defaults());
    }

    /** The rules a suite's {@code gate:} section sets. */
    public static GateRules of(GateSpec spec) {
        return new GateRules(new Tolerance(spec.iopsFraction(), spec.iopsFloor()),
                new Tolerance(spec.bwFraction(), spec.bwFloor()),
                new Tolerance(spec.latencyFraction(), spec.latencyFloor()),
                new Tolerance(spec.checkTimeFraction(), spec.checkTimeFloor()),
                new Tolerance(spec.checkRateFraction(), spec.checkRateFloor()));
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

    public Tolerance forCheckMetric(CheckMetricKind kind) {
        return kind == CheckMetricKind.RATE ? checkRate : checkTime;
    }
}
