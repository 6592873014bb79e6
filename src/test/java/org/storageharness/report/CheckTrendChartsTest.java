package org.storageharness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storageharness.gate.CheckMetricKind;
import org.storageharness.results.RunRecord;

class CheckTrendChartsTest {

    private static RunRecord run(String runId, double stall, Double rate) {
        Map<String, Double> failover = rate == null ? Map.of("failover.stall_s", stall, "failover.io_errors", 0.0)
                : Map.of("failover.stall_s", stall, "failover.time_to_healthy_s", 3.0, "rebuild.s", 2.5,
                "rebuild.mib_per_s", rate, "failover.io_errors", 0.0);
        return new RunRecord(RunRecord.SCHEMA, 1, runId, "t0", "t1", "checks", "kubeconfig:sim", 1, Map.of(),
                List.of(), List.of(new RunRecord.CheckRecord("longhorn-sim", "failover", "passed", null, failover,
                        List.of()), new RunRecord.CheckRecord("longhorn-sim", "snapshot", "passed", null,
                        Map.of("snapshot.ready_s", 0.4, "clone.bound_s", 1.2), List.of()),
                        new RunRecord.CheckRecord("ceph", "failover", "skipped", "no permission", Map.of(),
                                List.of())));
    }

    @Test
    void theChecksTimesAndRatesTrendPerEngineBesideTheBenchmarks() {
        List<RenderedChart> charts = TrendCharts.of(List.of(run("20261120-010000-a", 0.3, 60.0),
                run("20261121-010000-a", 2.9, 58.0), run("20261122-010000-a", 0.4, 61.0)));

        assertThat(charts).extracting(RenderedChart::key).containsExactly("trend-longhorn-sim-check-times",
                "trend-longhorn-sim-check-rates");
        List<RunRecord> runs = List.of(run("20261120-010000-a", 0.3, 60.0));
        assertThat(CheckTrendCharts.metrics(runs, "longhorn-sim", CheckMetricKind.TIME)).containsExactlyInAnyOrder(
                "failover.stall_s", "failover.time_to_healthy_s", "rebuild.s", "snapshot.ready_s", "clone.bound_s");
        assertThat(CheckTrendCharts.metrics(runs, "longhorn-sim", CheckMetricKind.RATE))
                .containsExactly("rebuild.mib_per_s");
        assertThat(charts).allSatisfy(c -> assertThat(c.png()).startsWith(0x89, 'P', 'N', 'G'));
    }

    @Test
    void noRateChartWithoutRatesAndNoTrendFromOneRun() {
        assertThat(CheckTrendCharts.of(List.of(run("20261120-010000-a", 0.3, null), run("20261121-010000-a", 0.5,
                null)))).extracting(RenderedChart::key).containsExactly("trend-longhorn-sim-check-times");
        assertThat(CheckTrendCharts.of(List.of(run("20261120-010000-a", 0.3, 60.0)))).isEmpty();
    }
}
