package org.storageharness.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.storageharness.metrics.Spread;
import org.storageharness.results.RunRecord;
import org.storageharness.run.CaseGate;
import org.storageharness.run.CaseResult;
import org.storageharness.run.GroupMetrics;
import org.storageharness.suite.Metric;

/** Compares a case with its baseline entry, metric by metric, in the direction that is better for each. */
public final class BaselineGate implements CaseGate {

    private final BaselineFile baseline;
    private final GateRules rules;

    public BaselineGate(BaselineFile baseline, GateRules rules) {
        this.baseline = baseline;
        this.rules = rules;
    }

    /** The run the case's baseline came from, or empty when the baseline has no entry for it. */
    public Optional<String> baselineRun(String target, CaseResult result) {
        return result.groups().stream().map(g -> entry(target, result, g)).flatMap(Optional::stream)
                .map(BaselineFile.Entry::runId).findFirst();
    }

    @Override
    public Optional<String> failure(String target, CaseResult result) {
        List<Regression> regressions = check(target, result);
        return regressions.isEmpty() ? Optional.empty() : Optional.of(Regression.message(
                result.benchmarkCase().name(), baselineRun(target, result).orElse("?"), regressions));
    }

    /** Every gated metric worse than its baseline by more than tolerance plus noise. */
    public List<Regression> check(String target, CaseResult result) {
        List<Regression> out = new ArrayList<>();
        for (GroupMetrics g : result.groups()) {
            entry(target, result, g).ifPresent(e -> g.median().values().forEach((metric, now) ->
                    compare(metric, g, now, e).ifPresent(out::add)));
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

    private Optional<BaselineFile.Entry> entry(String target, CaseResult result, GroupMetrics g) {
        String engine = result.benchmarkCase().engine().id();
        String workload = result.benchmarkCase().workload().id();
        return baseline.entries().stream().filter(e -> e.target().equals(target) && e.engine().equals(engine)
                && e.workload().equals(workload) && java.util.Objects.equals(e.group(), g.group())).findFirst();
    }
}
