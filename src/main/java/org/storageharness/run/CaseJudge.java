package org.storageharness.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storageharness.metrics.GroupMetrics;
import org.storageharness.metrics.MetricSet;
import org.storageharness.metrics.SteadyState;
import org.storageharness.metrics.ThresholdCheck;
import org.storageharness.metrics.Violation;
import org.storageharness.fio.FioExecution;
import org.storageharness.fio.FioReport;
import org.storageharness.fio.ResourceCost;
import org.storageharness.suite.Metric;
import org.storageharness.fio.GroupResult;
import org.storageharness.suite.Suite;

/** Turns a case's fio reports (one per repetition) into its metrics per group and the thresholds they break. */
final class CaseJudge {

    private CaseJudge() {
    }

    /** @param steady how steady the case's IOPS were; null when not judged */
    static CaseResult judge(Suite suite, BenchmarkCase c, List<FioExecution> executions, Duration wall,
                            SteadyState steady) {
        List<FioReport> reports = executions.stream().map(FioExecution::report).toList();
        int groupCount = reports.get(0).groups().size();
        List<GroupMetrics> groups = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            List<MetricSet> reps = new ArrayList<>();
            String name = null;
            for (FioExecution execution : executions) {
                GroupResult group = execution.report().groups().get(g);
                name = groupCount > 1 ? group.name() : null;
                reps.add(withCost(MetricSet.of(group), execution.cost()));
            }
            MetricSet median = MetricSet.median(reps);
            groups.add(new GroupMetrics(name, median, reps));
            violations.addAll(ThresholdCheck.evaluate(suite.thresholdsFor(c.engine().id(), c.workload().id()),
                    median, name));
        }
        return new CaseResult(c, groups, violations, wall, ioTime(reports), steady);
    }

    /** Adds the engine's resource cost, and IOPS per engine CPU core, when it was measured. */
    private static MetricSet withCost(MetricSet fio, ResourceCost cost) {
        if (cost == null || cost.samples() == 0) {
            return fio;
        }
        Map<Metric, Double> values = new LinkedHashMap<>(fio.values());
        values.put(new Metric(Metric.ENGINE, Metric.Quantity.CPU), cost.cpuCores());
        values.put(new Metric(Metric.ENGINE, Metric.Quantity.MEMORY), cost.memoryMiB());
        fio.get(new Metric("total", Metric.Quantity.IOPS)).ifPresent(iops -> {
            if (cost.cpuCores() > 0) {
                values.put(new Metric(Metric.ENGINE, Metric.Quantity.IOPS_PER_CORE), iops / cost.cpuCores());
            }
        });
        return new MetricSet(values);
    }

    /** Time fio spent doing timed I/O: per report and group, the longest direction runtime, all added up. */
    private static Duration ioTime(List<FioReport> reports) {
        long millis = 0;
        for (FioReport report : reports) {
            for (GroupResult group : report.groups()) {
                millis += group.directions().values().stream().mapToLong(d -> d.runtimeMillis()).max().orElse(0);
            }
        }
        return Duration.ofMillis(millis);
    }
}
