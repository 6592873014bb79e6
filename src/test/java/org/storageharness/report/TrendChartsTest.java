package org.storageharness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storageharness.results.RunRecord;

class TrendChartsTest {

    private static RunRecord run(String runId, double iops) {
        RunRecord.MetricRecord m = new RunRecord.MetricRecord("", iops, iops, iops, 0, List.of(iops));
        RunRecord.MetricRecord lat = new RunRecord.MetricRecord("ms", 2, 2, 2, 0, List.of(2.0));
        RunRecord.GroupRecord g = new RunRecord.GroupRecord(null, Map.of("total.iops", m, "write.lat.p99.9", lat),
                List.of());
        RunRecord.CaseRecord c = new RunRecord.CaseRecord("host", "w", "passed", null, 1.0, 1.0, List.of(g), List.of());
        RunRecord.CaseRecord skipped = new RunRecord.CaseRecord("lh", "w", "skipped", "no", null, null, List.of(),
                List.of());
        return new RunRecord(RunRecord.SCHEMA, 1, runId, "t0", "t1", "smoke", "local", 1, Map.of(),
                List.of(c, skipped));
    }

    @Test
    void threeRunsGiveAnIopsAndALatencyTrendPerMeasuredEngine() {
        List<RenderedChart> charts = TrendCharts.of(List.of(run("20261120-010000-a", 100),
                run("20261121-010000-a", 120), run("20261122-010000-a", 90)));

        assertThat(charts).extracting(RenderedChart::key).containsExactly("trend-host-iops", "trend-host-p99.9");
        assertThat(charts).allSatisfy(c -> assertThat(c.png()).startsWith(0x89, 'P', 'N', 'G'));
    }

    @Test
    void aSingleRunHasNoTrend() {
        assertThat(TrendCharts.of(List.of(run("20261120-010000-a", 100)))).isEmpty();
    }
}
