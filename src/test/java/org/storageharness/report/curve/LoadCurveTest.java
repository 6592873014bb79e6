package org.storageharness.report.curve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.storageharness.metrics.GroupMetrics;
import org.storageharness.metrics.MetricSet;
import org.storageharness.metrics.SloIops;
import org.storageharness.run.BenchmarkCase;
import org.storageharness.run.CaseResult;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.LocalVolume;
import org.storageharness.suite.Metric;
import org.storageharness.suite.Slo;
import org.storageharness.suite.Suite;
import org.storageharness.suite.Sweep;
import org.storageharness.suite.SweepPoint;
import org.storageharness.suite.TargetKind;
import org.storageharness.suite.WorkloadSpec;

/** The summary's load curve: a table per swept workload, slo.iops per engine with its point, the hockey-stick chart. */
class LoadCurveTest {

    private static final Metric P999 = Metric.parse("write.lat.p99.9").orElseThrow();
    private static final Metric TOTAL = Metric.parse("total.iops").orElseThrow();
    private static final Slo SLO = new Slo(P999, 5, "t.yaml:9");
    private static final EngineSpec EXT4 = engine("ext4");
    private static final EngineSpec TMPFS = engine("tmpfs");
    private static final List<WorkloadSpec> POINTS = points();

    private static EngineSpec engine(String id) {
        return new EngineSpec(id, "generic", "", LocalVolume.directory(Path.of("/" + id)), null);
    }

    private static List<WorkloadSpec> points() {
        WorkloadSpec base = new WorkloadSpec("curve", "", Map.of("rw", "randwrite"), null, Duration.ofSeconds(1));
        List<WorkloadSpec> out = new ArrayList<>();
        for (SweepPoint p : new Sweep(List.of(1, 4, 16), List.of()).points("curve")) {
            out.add(base.asPoint("curve-" + p.label(), "", Map.of(), p, SLO));
        }
        out.add(new WorkloadSpec("flat", "", Map.of("rw", "read"), null, Duration.ofSeconds(1)));
        return out;
    }

    private static CaseResult result(EngineSpec engine, int point, double iops, double p999, SloIops slo) {
        MetricSet set = new MetricSet(Map.of(TOTAL, iops, P999, p999));
        return new CaseResult(new BenchmarkCase(engine, POINTS.get(point)), List.of(new GroupMetrics(null, set,
                List.of(set))), List.of(), Duration.ofSeconds(1), Duration.ofSeconds(1), null, slo);
    }

    private static List<CaseResult> run() {
        List<CaseResult> results = new ArrayList<>();
        double[][] ext4 = {{2_000, 1}, {6_000, 3}, {9_000, 12}};
        double[][] tmpfs = {{50_000, 0.05}, {150_000, 0.1}, {160_000, 0.4}};
        for (var e : List.of(Map.entry(EXT4, ext4), Map.entry(TMPFS, tmpfs))) {
            List<SloIops.Point> seen = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                double[] v = e.getValue()[i];
                seen.add(new SloIops.Point(POINTS.get(i).point().label(), new MetricSet(Map.of(TOTAL, v[0], P999, v[1]))));
                results.add(result(e.getKey(), i, v[0], v[1], i == 2 ? SloIops.of(SLO, seen, 3) : null));
            }
        }
        results.add(result(EXT4, 3, 1_000, 1, null));
        return results;
    }

    private static Suite suite() {
        return new Suite("t", Path.of("t.yaml"), "", TargetKind.LOCAL, List.of(EXT4, TMPFS), POINTS, List.of(), 1);
    }

    @Test
    void aSweptWorkloadIsOneCurveWithItsPointsPerEngineAndItsSloIops() {
        List<LoadCurve> curves = LoadCurve.of(suite(), run());

        assertThat(curves).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Load curve · curve");
            assertThat(c.points()).containsExactly("qd1", "qd4", "qd16");
            assertThat(c.latency()).isEqualTo(P999);
            assertThat(c.sloByEngine().get("ext4").point()).isEqualTo("qd4");
            assertThat(c.sloByEngine().get("tmpfs").iops()).hasValue(160_000);
        });
        String md = LoadCurveTables.markdown(curves);
        assertThat(md).contains("### Load curve · curve", "SLO: write p99.9 latency ≤ 5.00 ms [t.yaml:9]",
                "no interpolation", "| Point | ext4 total IOPS | ext4 write p99.9 latency (ms) | tmpfs total IOPS |",
                "| qd16 | 9,000 | 12.00 ✗ | 160,000 | 0.400 |", "- ext4: slo.iops 6,000 measured at qd4");
        assertThat(LoadCurveTables.html(curves, Map.of("Load curve · curve", "<img>")))
                .contains("<h3>Load curve · curve</h3>", "<td class=\"num\">12.00 ✗</td>", "<img>");
    }

    @Test
    void theChartPlotsLatencyOnALogAxisAgainstIopsOneLinePerEngineWithEveryPointLabelled() throws Exception {
        XYChart chart = LoadCurveChart.of(LoadCurve.of(suite(), run()).get(0)).orElseThrow();

        assertThat(chart.getSeriesMap()).containsOnlyKeys("ext4", "tmpfs");
        assertThat(chart.getSeriesMap().get("ext4").getXData()).containsExactly(2_000.0, 6_000.0, 9_000.0);
        assertThat(chart.getSeriesMap().get("tmpfs").getYData()).containsExactly(0.05, 0.1, 0.4);
        assertThat(chart.getStyler().isYAxisLogarithmic()).isTrue();
        assertThat(chart.getXAxisTitle()).isEqualTo("total IOPS");
        assertThat(chart.getYAxisTitle()).isEqualTo("write p99.9 latency (ms, log scale)");
        assertThat(BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG)).isNotEmpty();
    }

    @Test
    void noCurveWithoutSweepsAndNoChartWithoutTwoPoints() {
        List<CaseResult> onePoint = List.of(result(EXT4, 0, 2_000, 1, null));

        assertThat(LoadCurve.of(suite(), List.of(result(EXT4, 3, 1_000, 1, null)))).isEmpty();
        assertThat(LoadCurveChart.of(LoadCurve.of(suite(), onePoint).get(0))).isEmpty();
        assertThat(LoadCurve.of(suite(), onePoint).get(0).sloNotes())
                .containsExactly("ext4: no slo.iops: the sweep's last point did not finish");
    }
}
