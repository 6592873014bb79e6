package org.storageharness.metrics;

import java.util.List;

/**
 * Metrics of one fio group of a case: the median over repetitions, and each repetition.
 *
 * @param group fio group name when the workload has several groups (a job file with stonewalls), else null
 * @param median per-metric median over the repetitions; what thresholds and tables use
 * @param repetitions one metric set per repetition, in run order
 */
public record GroupMetrics(String group, MetricSet median, List<MetricSet> repetitions) {

    public GroupMetrics {
        repetitions = List.copyOf(repetitions);
    }
}
