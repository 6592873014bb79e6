package org.storageharness.suite;

import java.util.Objects;

/**
 * A service level objective a swept workload's points are held to ({@code slo: {metric: write.lat.p99.9, max: 5ms}}):
 * {@code slo.iops} is the highest total IOPS among the points where {@code metric} stays at or below {@code max}.
 *
 * @param metric the metric the objective bounds (never {@code slo.iops} itself)
 * @param max the bound in the metric's unit (ms for latencies)
 * @param origin where it was declared ({@code suites/storage.yaml:12}), for messages
 */
public record Slo(Metric metric, double max, String origin) {

    public Slo {
        Objects.requireNonNull(metric);
        if (Double.isNaN(max) || max < 0) {
            throw new IllegalArgumentException("slo max must be a non-negative number: " + max);
        }
    }

    /** True when {@code value} of {@link #metric} meets the objective. */
    public boolean holds(double value) {
        return value <= max;
    }
}
