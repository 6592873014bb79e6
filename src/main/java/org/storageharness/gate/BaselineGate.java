package org.storageharness.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.storageharness.metrics.GroupMetrics;
import org.storageharness.metrics.Spread;
import org.storageharness.results.RunRecord;
import org.storageharness.suite.Metric;
import java.util.Objects;

/** Compares a case with its baseline entry, metric by metric, in the direction that is better for each. */
public final class BaselineGate {

    private final BaselineFile baseline;
    private final GateRules rules;

    public BaselineGate(BaselineFile baseline, GateRules rules) {
        this.baseline = baseline;
        this.rules = rules;
    }

    /**
     * A finished case as the baseline knows it: engine and workload ids, and the metrics of each fio group.
     *
     * @param groups in group order
     */
    public record Measured(String engine, String workload, List<GroupMetrics> groups) {

        public Measured {
            groups = List.copyOf(groups);
        }

        /** {@code longhorn-v1 · randrw-4k-qd16x8}, as the case's display name. */
        String name() {
            return engine + " · " + workload;
        }
    }

    /** The same baseline and rules as the gate of the correctness checks' metrics. */
    public CheckBaselineGate checks() {
        return new CheckBaselineGate(baseline, rules);
    }

    /** The run the case's baseline came from, or empty when the baseline has no entry for it. */
    public Optional<String> baselineRun(String target, Measured result) {
        return result.groups().stream().map(g -> entry(target, result, g)).flatMap(Optional::stream)
                .map(BaselineFile.Entry::runId).findFirst();
    }

    /** A {@code Regression:} failure listing every regressed metric, or empty when the case is as good as before. */
    public Optional<String> failure(String target, Measured result) {
        List<Regression> regressions = check(target, result);
        return regressions.isEmpty() ? Optional.empty() : Optional.of(Regression.message(
                result.name(), baselineRun(target, result).orElse("?"), regressions));
    }

    /** Every gated metric worse than its baseline by more than tolerance plus noise. */
    public List<Regression> check(String target, Measured result) {
        List<Regression> out = new ArrayList<>();
        for (GroupMetrics g : result.groups()) {
            entry(target, result, g).ifPresent(e -> {
                g.median().values().forEach((metric, now) -> compare(metric, g, now, e).ifPresent(out::add));
                // slo.iops is absent when no point kept the SLO: that is no IOPS at the SLO at all.
                if (e.metrics().containsKey(Metric.SLO_IOPS.name()) && g.median().get(Metric.SLO_IOPS).isEmpty()) {
                    compare(Metric.SLO_IOPS, g, 0, e).ifPresent(out::add);
                }
            });
        }
        return out;
    }

    private Optional<Regression> compare(Metric metric, GroupMetrics g, double now, BaselineFile.Entry entry) {
        RunRecord.MetricRecord base = entry.metrics().get(metric.name());
        Optional<Tolerance> tolerance = rules.forMetric(metric);
        if (base == null || tolerance.isEmpty()) {
            return Optional.empty();
        }
        double noise = Math.max(base.spread(), Spread.of(metric, now, g.repetitions()).relative());
        double allowed = tolerance.get().allowed(base.median(), noise);
        double worse = metric.quantity().higherIsBetter() ? base.median() - now : now - base.median();
        return worse > allowed ? Optional.of(new Regression(metric, g.group(), base.median(), now, allowed))
                : Optional.empty();
    }

    private Optional<BaselineFile.Entry> entry(String target, Measured result, GroupMetrics g) {
        String engine = result.engine();
        String workload = result.workload();
        return baseline.entries().stream().filter(e -> e.target().equals(target) && e.engine().equals(engine)
                && e.workload().equals(workload) && Objects.equals(e.group(), g.group())).findFirst();
    }
}
