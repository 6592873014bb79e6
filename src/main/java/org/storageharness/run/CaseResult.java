package org.storageharness.run;

import java.time.Duration;
import java.util.List;
import org.storageharness.metrics.GroupMetrics;
import org.storageharness.metrics.SloIops;
import org.storageharness.metrics.SteadyState;
import org.storageharness.metrics.Violation;

/**
 * A finished case: its metrics per fio group and the thresholds it broke.
 *
 * @param benchmarkCase the case
 * @param groups metrics per fio group, in group order
 * @param violations thresholds broken by the median metrics; empty when it passed
 * @param wallTime time the case took, all repetitions together
 * @param fioRuntime time fio spent doing I/O as it reports it, all groups and repetitions together
 * @param steady whether its IOPS held steady (of several repetitions, the one that changed most); null when not judged:
 *     a job file, a workload without runtime, or fewer than {@link SteadyState#MIN_WINDOWS} windows logged
 * @param slo {@code slo.iops} of its engine and swept workload, on the last point of a sweep with an SLO; else null
 */
public record CaseResult(BenchmarkCase benchmarkCase, List<GroupMetrics> groups, List<Violation> violations,
                         Duration wallTime, Duration fioRuntime, SteadyState steady, SloIops slo) {

    public CaseResult {
        groups = List.copyOf(groups);
        violations = List.copyOf(violations);
    }

    public CaseResult(BenchmarkCase benchmarkCase, List<GroupMetrics> groups, List<Violation> violations,
                      Duration wallTime, Duration fioRuntime, SteadyState steady) {
        this(benchmarkCase, groups, violations, wallTime, fioRuntime, steady, null);
    }

    /** Case time not spent in fio's timed I/O: setup, file layout, process start, parsing, reporting. */
    public Duration overhead() {
        return wallTime.minus(fioRuntime);
    }
}
