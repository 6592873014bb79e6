package org.storageharness.suite;

import java.util.Objects;
import java.util.Set;

/**
 * A pass/fail bound on one metric, optionally limited to some engines and workloads (empty set = all).
 *
 * @param metric the bounded metric
 * @param upper true for {@code max:} (value must be at most the limit), false for {@code min:}
 * @param limit the bound in the metric's unit (ms, MiB/s, MiB, IOPS)
 * @param engines engine ids it applies to, empty for all
 * @param workloads workload ids it applies to, empty for all
 * @param origin where it was declared ({@code suites/storage.yaml:31}), for messages
 */
public record Threshold(Metric metric, boolean upper, double limit, Set<String> engines, Set<String> workloads,
                        String origin) {

    public Threshold {
        Objects.requireNonNull(metric);
        engines = Set.copyOf(engines);
        workloads = Set.copyOf(workloads);
        if (Double.isNaN(limit) || limit < 0) {
            throw new IllegalArgumentException("threshold limit must be a non-negative number: " + limit);
        }
    }

    public boolean appliesTo(String engine, String workload) {
        return (engines.isEmpty() || engines.contains(engine)) && (workloads.isEmpty() || workloads.contains(workload));
    }

    /** True when {@code value} is within the bound. */
    public boolean accepts(double value) {
        return upper ? value <= limit : value >= limit;
    }

    public String operator() {
        return upper ? "≤" : "≥";
    }
}
