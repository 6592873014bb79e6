package org.storageharness.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storageharness.lifecycle.Interruption;
import org.storageharness.metrics.GroupMetrics;
import org.storageharness.metrics.Spread;
import org.storageharness.metrics.SteadyState;
import org.storageharness.metrics.Violation;
import org.storageharness.results.RunRecord;
import org.storageharness.run.BenchmarkCase;
import org.storageharness.metrics.SloIops;
import org.storageharness.run.CaseResult;
import org.storageharness.run.CaseVerdict;
import org.storageharness.run.RunSession;

/** Builds the results record of a finished run. */
public final class RunRecords {

    private RunRecords() {
    }

    public static RunRecord of(RunSession session, Map<String, String> environment, Instant finishedAt) {
        List<RunRecord.CaseRecord> cases = new ArrayList<>();
        double bound = session.suite().unstableSpread();
        for (CaseVerdict v : session.verdicts()) {
            cases.add(caseRecord(v, bound));
        }
        var stop = session.stops().interruption().cause();
        return new RunRecord(RunRecord.SCHEMA, RunRecord.VERSION, session.runId(), session.startedAt().toString(),
                finishedAt.toString(), session.suite().name(), session.targetId(), session.suite().repetitions(),
                environment, cases, session.checks().verdicts().stream().map(CheckRecords::of).toList(),
                stop.isPresent(), stop.map(Interruption.Cause::by).orElse(null));
    }

    private static RunRecord.CaseRecord caseRecord(CaseVerdict v, double bound) {
        CaseResult r = v.result();
        SteadyState steady = r == null ? null : r.steady();
        return new RunRecord.CaseRecord(v.benchmarkCase().engine().id(), v.benchmarkCase().workload().id(),
                v.verdict(), v.message(), r == null ? null : r.wallTime().toMillis() / 1000.0,
                r == null ? null : r.fioRuntime().toMillis() / 1000.0,
                r == null ? List.of() : r.groups().stream().map(g -> group(g, bound)).toList(),
                r == null ? List.of() : r.violations().stream().map(Violation::describe).toList(),
                steady == null ? null : steady.steady(), steady == null ? null : steady.middleIops(),
                steady == null ? null : steady.lastIops(), r == null ? null : slo(v.benchmarkCase(), r.slo()));
    }

    private static RunRecord.SloRecord slo(BenchmarkCase c, SloIops s) {
        return s == null ? null : new RunRecord.SloRecord(c.workload().group(), s.slo().metric().name(), s.slo().max(),
                s.iops().isPresent() ? s.iops().getAsDouble() : null, s.point(), s.note());
    }

    private static RunRecord.GroupRecord group(GroupMetrics g, double bound) {
        Map<String, RunRecord.MetricRecord> metrics = new LinkedHashMap<>();
        List<String> unstable = new ArrayList<>();
        g.median().values().forEach((metric, median) -> {
            Spread s = Spread.of(metric, median, g.repetitions());
            metrics.put(metric.name(), new RunRecord.MetricRecord(metric.unit(), median, s.min(), s.max(),
                    s.relative(), s.values()));
            if (s.unstable(bound)) {
                unstable.add(metric.name());
            }
        });
        return new RunRecord.GroupRecord(g.group(), metrics, unstable);
    }

}
