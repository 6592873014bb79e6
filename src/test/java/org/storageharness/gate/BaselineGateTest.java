package org.storageharness.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storageharness.metrics.GroupMetrics;
import org.storageharness.metrics.MetricSet;
import org.storageharness.results.RunRecord;
import org.storageharness.suite.Metric;

class BaselineGateTest {

    private static final Metric IOPS = Metric.parse("write.iops").orElseThrow();
    private static final Metric P999 = Metric.parse("write.lat.p99.9").orElseThrow();

    private static BaselineGate gate(double iops, double p999, double spread) {
        Map<String, RunRecord.MetricRecord> metrics = new LinkedHashMap<>();
        metrics.put("write.iops", new RunRecord.MetricRecord("IOPS", iops, iops, iops, spread, List.of(iops)));
        metrics.put("write.lat.p99.9", new RunRecord.MetricRecord("ms", p999, p999, p999, spread, List.of(p999)));
        BaselineFile file = new BaselineFile(BaselineFile.SCHEMA, 1, List.of(new BaselineFile.Entry("local", "host",
                "w", null, "run-0", "2026-11-22T00:00:00Z", metrics)));
        return new BaselineGate(file, GateRules.defaults());
    }

    private static BaselineGate.Measured now(double iops, double p999) {
        MetricSet set = new MetricSet(Map.of(IOPS, iops, P999, p999));
        return new BaselineGate.Measured("host", "w", List.of(new GroupMetrics(null, set, List.of(set))));
    }

    @Test
    void aThroughputDropBeyondTheToleranceIsARegressionWithItsTable() {
        var failure = gate(10_000, 2, 0).failure("local", now(200, 2));

        assertThat(failure).hasValueSatisfying(m -> assertThat(m)
                .startsWith("Regression: host · w is worse than its baseline [run run-0] in 1 metric(s)")
                .contains("metric", "baseline", "now", "delta", "tolerance")
                .contains("10000.000").contains("200.000").contains("-98.0%").contains("10.0%"));
    }

    @Test
    void changesWithinToleranceAndImprovementsPass() {
        assertThat(gate(10_000, 2, 0).check("local", now(9_500, 2.3))).isEmpty();
        assertThat(gate(10_000, 2, 0).check("local", now(20_000, 0.5))).isEmpty();
    }

    @Test
    void higherLatencyIsWorseLowerIsNot() {
        assertThat(gate(10_000, 2, 0).check("local", now(10_000, 3))).extracting(r -> r.metric().name())
                .containsExactly("write.lat.p99.9");
    }

    @Test
    void theAbsoluteFloorKeepsTinyValuesFromTrippingTheGate() {
        assertThat(gate(100, 0.01, 0).check("local", now(60, 0.05))).isEmpty();
    }

    @Test
    void noiseMeasuredInTheBaselineWidensTheBandSoAnUnstableCaseIsNotARegression() {
        assertThat(gate(10_000, 2, 0).check("local", now(7_000, 2))).hasSize(1);
        assertThat(gate(10_000, 2, 0.40).check("local", now(7_000, 2))).isEmpty();
    }

    @Test
    void theTailBeyondP999IsReportedButNotGated() {
        assertThat(GateRules.defaults().forMetric(Metric.parse("write.lat.p99.99").orElseThrow())).isEmpty();
        assertThat(GateRules.defaults().forMetric(Metric.parse("write.lat.max").orElseThrow())).isEmpty();
        assertThat(GateRules.defaults().forMetric(Metric.parse("write.io").orElseThrow())).isEmpty();
        assertThat(GateRules.defaults().forMetric(P999)).isPresent();
    }

    @Test
    void aCaseWithoutABaselineEntryOrOnAnotherTargetPasses() {
        assertThat(gate(10_000, 2, 0).check("kubeconfig:lab", now(1, 100))).isEmpty();
    }
}
