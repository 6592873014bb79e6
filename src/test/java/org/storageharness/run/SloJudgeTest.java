package org.storageharness.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storageharness.gate.BaselineFile;
import org.storageharness.gate.BaselineGate;
import org.storageharness.gate.GateRules;
import org.storageharness.metrics.GroupMetrics;
import org.storageharness.metrics.MetricSet;
import org.storageharness.results.RunRecord;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.LocalVolume;
import org.storageharness.suite.Metric;
import org.storageharness.suite.Slo;
import org.storageharness.suite.Suite;
import org.storageharness.suite.Sweep;
import org.storageharness.suite.SweepPoint;
import org.storageharness.suite.TargetKind;
import org.storageharness.suite.Threshold;
import org.storageharness.suite.WorkloadSpec;

/**
 * slo.iops on the last point of a curve: the best point within the SLO, judged by thresholds (a bound above it fails
 * with {@code Threshold violated:}, as does a minimum when no point kept the SLO) and by the baseline gate.
 */
class SloJudgeTest {

    private static final EngineSpec HOST = new EngineSpec("host", "generic", "", LocalVolume.directory(Path.of("/v")),
            null);
    private static final Metric P999 = Metric.parse("write.lat.p99.9").orElseThrow();
    private static final Metric TOTAL = Metric.parse("total.iops").orElseThrow();
    private static final Slo SLO = new Slo(P999, 5, "t.yaml:9");
    private static final List<WorkloadSpec> POINTS = points();

    private static List<WorkloadSpec> points() {
        WorkloadSpec base = new WorkloadSpec("curve", "", Map.of("rw", "randwrite"), null, Duration.ofSeconds(1));
        List<WorkloadSpec> out = new ArrayList<>();
        for (SweepPoint p : new Sweep(List.of(1, 4, 16), List.of()).points("curve")) {
            out.add(base.asPoint("curve-" + p.label(), "", Map.of("iodepth", "" + p.iodepth()), p, SLO));
        }
        return out;
    }

    private static Suite suite(Threshold... thresholds) {
        return new Suite("t", Path.of("t.yaml"), "", TargetKind.LOCAL, List.of(HOST), POINTS, List.of(thresholds), 1);
    }

    private static Threshold sloIops(boolean upper, double limit) {
        return new Threshold(Metric.SLO_IOPS, upper, limit, Set.of(), Set.of("curve"), "t.yaml:12");
    }

    /** A finished point: its total IOPS and write p99.9 latency (ms). */
    private static CaseResult point(int index, double iops, double p999) {
        MetricSet set = new MetricSet(Map.of(TOTAL, iops, P999, p999));
        return new CaseResult(new BenchmarkCase(HOST, POINTS.get(index)), List.of(new GroupMetrics(null, set,
                List.of(set))), List.of(), Duration.ofSeconds(1), Duration.ofSeconds(1), null);
    }

    /** qd1 2,000 IOPS at 1 ms, qd4 6,000 at 3 ms, qd16 9,000 at 12 ms: the SLO holds up to qd4. */
    private static CaseResult hockeyStick(Suite suite) {
        return SloJudge.attach(suite, point(2, 9_000, 12), List.of(point(0, 2_000, 1), point(1, 6_000, 3)));
    }

    @Test
    void sloIopsIsTheHighestMeasuredIopsWithinTheSloAndNamesItsPoint() {
        CaseResult last = hockeyStick(suite(sloIops(false, 1_000)));

        assertThat(last.groups().get(0).median().get(Metric.SLO_IOPS)).hasValue(6_000);
        assertThat(last.slo().point()).isEqualTo("qd4");
        assertThat(last.slo().note()).contains("slo.iops 6,000 measured at qd4", "write p99.9 latency 3.00 ms",
                "broke it: qd16", "no interpolation");
        assertThat(last.violations()).isEmpty();
        assertThat(SloJudge.failures(suite(), last)).isEmpty();
    }

    @Test
    void aThresholdAboveTheMeasuredSloIopsFailsTheCurvesLastCase() {
        Suite suite = suite(sloIops(false, 8_000));
        CaseResult last = hockeyStick(suite);

        assertThat(last.violations()).singleElement().satisfies(v -> assertThat(v.describe())
                .isEqualTo("expected IOPS at the SLO ≥ 8,000 but was 6,000 [t.yaml:12]"));
        assertThat(new CaseSteps(suite, null, "local", Path.of("out")).thresholds(last.benchmarkCase(), last))
                .startsWith("Threshold violated: host · curve · qd16 expected IOPS at the SLO ≥ 8,000 but was 6,000")
                .contains("\n  slo.iops 6,000 measured at qd4");
    }

    @Test
    void whenNoPointKeepsTheSloThereIsNoSloIopsAndAMinimumOnItFails() {
        Suite suite = suite(sloIops(false, 10));
        CaseResult last = SloJudge.attach(suite, point(2, 9_000, 40), List.of(point(0, 2_000, 7), point(1, 6_000, 9)));

        assertThat(last.groups().get(0).median().get(Metric.SLO_IOPS)).isEmpty();
        assertThat(last.slo().note()).isEqualTo("no slo.iops: no point of the 3 points kept write p99.9 latency"
                + " ≤ 5.00 ms (the lowest was 7.00 ms at qd1)");
        assertThat(SloJudge.failures(suite, last)).singleElement().asString()
                .startsWith("Threshold violated: host · curve expected IOPS at the SLO ≥ 10.00 but no slo.iops");
    }

    @Test
    void onlyTheLastPointOfACurveCarriesSloIopsAndMissingPointsAreSaid() {
        Suite suite = suite();
        CaseResult middle = SloJudge.attach(suite, point(1, 6_000, 3), List.of(point(0, 2_000, 1)));
        CaseResult last = SloJudge.attach(suite, point(2, 9_000, 4), List.of(point(0, 2_000, 1)));

        assertThat(middle.slo()).isNull();
        assertThat(middle.groups().get(0).median().get(Metric.SLO_IOPS)).isEmpty();
        assertThat(last.slo().iops()).hasValue(9_000);
        assertThat(last.slo().note()).contains("of the 2 of 3 points (the others did not run)");
    }

    @Test
    void theBaselineGateComparesSloIopsHigherIsBetterAndCountsALostSloAsARegression() {
        Map<String, RunRecord.MetricRecord> metrics = new LinkedHashMap<>();
        metrics.put("slo.iops", new RunRecord.MetricRecord("", 8_000, 8_000, 8_000, 0, List.of(8_000.0)));
        BaselineGate gate = new BaselineGate(new BaselineFile(BaselineFile.SCHEMA, 1, List.of(new BaselineFile.Entry(
                "local", "host", "curve-qd16", null, "run-0", "2026-12-01T00:00:00Z", metrics))), GateRules.defaults());
        CaseResult worse = hockeyStick(suite());
        CaseResult lost = SloJudge.attach(suite(), point(2, 9_000, 40), List.of(point(0, 2_000, 7)));
        CaseResult better = SloJudge.attach(suite(), point(2, 9_000, 4), List.of());

        assertThat(new BaselineCaseGate(gate).failure("local", worse)).hasValueSatisfying(m -> assertThat(m)
                .startsWith("Regression: host · curve-qd16").contains("IOPS at the SLO", "8000.000", "6000.000"));
        assertThat(new BaselineCaseGate(gate).failure("local", lost)).hasValueSatisfying(m -> assertThat(m)
                .contains("IOPS at the SLO", "0.000"));
        assertThat(new BaselineCaseGate(gate).failure("local", better)).isEmpty();
    }
}
