package org.storageharness.metrics;

import org.storageharness.suite.Threshold;

/**
 * A measured value outside a threshold.
 *
 * @param threshold the threshold that was broken
 * @param actual the measured value in the metric's unit
 * @param group fio group name when the workload has several groups, otherwise null
 */
public record Violation(Threshold threshold, double actual, String group) {

    /** {@code expected write p99.9 latency ≤ 25 ms but was 31.2 ms [suites/storage.yaml:40]}. */
    public String describe() {
        String metric = threshold.metric().label() + (group == null ? "" : " of group " + group);
        return "expected " + metric + " " + threshold.operator() + " "
                + Format.value(threshold.metric(), threshold.limit()) + " but was "
                + Format.value(threshold.metric(), actual) + " [" + threshold.origin() + "]";
    }
}
