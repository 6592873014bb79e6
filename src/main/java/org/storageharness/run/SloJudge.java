package org.storageharness.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.storageharness.metrics.Format;
import org.storageharness.metrics.GroupMetrics;
import org.storageharness.metrics.MetricSet;
import org.storageharness.metrics.SloIops;
import org.storageharness.metrics.ThresholdCheck;
import org.storageharness.metrics.Violation;
import org.storageharness.suite.Metric;
import org.storageharness.suite.Slo;
import org.storageharness.suite.Suite;
import org.storageharness.suite.Threshold;
import org.storageharness.suite.WorkloadSpec;

/**
 * After the last point of a swept workload with an SLO ran on an engine: {@code slo.iops} over the curve's points,
 * added to that last case's metrics (so thresholds, the baseline gate, results.json and the tables treat it like any
 * metric) and judged by the thresholds on {@code slo.iops}.
 */
final class SloJudge {

    private SloJudge() {
    }

    /**
     * @param earlier the run's results so far; the points of the same engine and swept workload are taken from them
     * @return {@code last} with {@code slo.iops} and its violations, or {@code last} itself when it ends no curve
     */
    static CaseResult attach(Suite suite, CaseResult last, List<CaseResult> earlier) {
        WorkloadSpec w = last.benchmarkCase().workload();
        Slo slo = w.slo();
        if (slo == null || w.point() == null || !w.point().last() || last.groups().size() != 1) {
            return last;
        }
        String engine = last.benchmarkCase().engine().id();
        List<CaseResult> curve = new ArrayList<>(earlier.stream().filter(r -> r.groups().size() == 1
                && r.benchmarkCase().engine().id().equals(engine) && r.benchmarkCase().workload().point() != null
                && r.benchmarkCase().workload().group().equals(w.group())
                && !r.benchmarkCase().workload().id().equals(w.id())).toList());
        curve.add(last);
        curve.sort(Comparator.comparingInt(r -> r.benchmarkCase().workload().point().index()));
        int count = w.point().count();
        SloIops median = SloIops.of(slo, points(curve, r -> r.median()), count);
        GroupMetrics g = last.groups().get(0);
        List<MetricSet> reps = new ArrayList<>();
        for (int i = 0; i < g.repetitions().size(); i++) {
            int rep = i;
            SloIops one = SloIops.of(slo, points(curve, r -> rep < r.repetitions().size() ? r.repetitions().get(rep)
                    : null), count);
            reps.add(with(g.repetitions().get(i), one.iops()));
        }
        GroupMetrics withSlo = new GroupMetrics(g.group(), with(g.median(), median.iops()), reps);
        List<Threshold> onSlo = suite.thresholdsFor(engine, w.id()).stream()
                .filter(t -> t.metric().equals(Metric.SLO_IOPS)).toList();
        List<Violation> violations = new ArrayList<>(last.violations());
        violations.addAll(ThresholdCheck.evaluate(onSlo, withSlo.median(), null));
        return new CaseResult(last.benchmarkCase(), List.of(withSlo), violations, last.wallTime(), last.fioRuntime(),
                last.steady(), median);
    }

    /**
     * What the thresholds on {@code slo.iops} add to a case's failure: the SLO's note under a broken one, and a
     * {@code min} threshold broken when no point met the SLO (nothing was measured that could keep it).
     */
    static List<String> failures(Suite suite, CaseResult result) {
        if (result.slo() == null) {
            return List.of();
        }
        if (result.slo().iops().isPresent()) {
            boolean broken = result.violations().stream().anyMatch(v -> v.threshold().metric().equals(Metric.SLO_IOPS));
            return broken ? List.of("  " + result.slo().note()) : List.of();
        }
        BenchmarkCase c = result.benchmarkCase();
        return suite.thresholdsFor(c.engine().id(), c.workload().id()).stream()
                .filter(t -> t.metric().equals(Metric.SLO_IOPS) && !t.upper())
                .map(t -> "Threshold violated: " + c.engine().id() + " · " + c.workload().group() + " expected "
                        + Metric.SLO_IOPS.label() + " ≥ " + Format.number(t.limit())
                        + " but " + result.slo().note() + " [" + t.origin() + "]").toList();
    }

    private static List<SloIops.Point> points(List<CaseResult> curve,
                                              Function<GroupMetrics, MetricSet> metrics) {
        List<SloIops.Point> points = new ArrayList<>();
        for (CaseResult r : curve) {
            MetricSet m = metrics.apply(r.groups().get(0));
            if (m != null) {
                points.add(new SloIops.Point(r.benchmarkCase().workload().point().label(), m));
            }
        }
        return points;
    }

    private static MetricSet with(MetricSet set, OptionalDouble sloIops) {
        if (sloIops.isEmpty()) {
            return set;
        }
        Map<Metric, Double> values = new LinkedHashMap<>(set.values());
        values.put(Metric.SLO_IOPS, sloIops.getAsDouble());
        return new MetricSet(values);
    }
}
