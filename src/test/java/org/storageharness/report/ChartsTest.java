package org.storageharness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.internal.chartpart.Axis;
import org.knowm.xchart.internal.chartpart.Chart;
import org.storageharness.metrics.MetricSet;
import org.storageharness.suite.Metric;
import org.w3c.dom.Document;

/** The summary's charts: one set per workload, numbers people read, SVG beside PNG. */
class ChartsTest {

    private static Metric m(String name) {
        return Metric.parse(name).orElseThrow();
    }

    private static MetricSet engine(double iops, double p50) {
        Map<Metric, Double> v = new LinkedHashMap<>();
        v.put(m("read.iops"), iops);
        v.put(m("write.iops"), iops / 2);
        v.put(m("read.bw"), iops / 256);
        v.put(m("write.bw"), iops / 512);
        v.put(m("read.lat.p50"), p50);
        v.put(m("read.lat.p90"), p50 * 3);
        v.put(m("read.lat.p99"), p50 * 20);
        v.put(m("read.lat.p99.9"), p50 * 150);
        v.put(m("read.lat.p99.99"), p50 * 900);
        return new MetricSet(v);
    }

    private static SummaryTable randrw() {
        Map<String, MetricSet> byEngine = new LinkedHashMap<>();
        byEngine.put("linstor-lvmthin", engine(185_000, 0.08));
        byEngine.put("mayastor", engine(143_000, 0.11));
        byEngine.put("longhorn-v2", engine(83_000, 0.4));
        return new SummaryTable("randrw-4k-qd16x8", List.copyOf(byEngine.keySet()), byEngine);
    }

    /**
     * The y axis' labelled ticks as XChart drew them: it keeps them package-private, and its SVG has no text to read
     * (letters are paths).
     */
    private static List<String> yTickLabels(Chart<?, ?> chart) throws Exception {
        BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        Method axisPair = Chart.class.getDeclaredMethod("getAxisPair");
        axisPair.setAccessible(true);
        Object pair = axisPair.invoke(chart);
        Method yAxis = pair.getClass().getDeclaredMethod("getYAxis");
        yAxis.setAccessible(true);
        List<String> labels = ((Axis<?, ?>) yAxis.invoke(pair)).getAxisTickCalculator().getTickLabels();
        return labels.stream().filter(Objects::nonNull).toList();
    }

    @Test
    void aWorkloadHasIopsAndBandwidthBarsAndLatencyPercentilesAsPngAndSvg() throws Exception {
        List<RenderedChart> charts = Charts.of(randrw());

        assertThat(charts).extracting(RenderedChart::key).containsExactly("iops-randrw-4k-qd16x8",
                "bandwidth-randrw-4k-qd16x8", "latency-randrw-4k-qd16x8");
        for (RenderedChart c : charts) {
            assertThat(c.png()).startsWith(0x89, 'P', 'N', 'G');
            Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(c.svg().getBytes(StandardCharsets.UTF_8)));
            assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
            assertThat(c.svg()).doesNotContain("<!DOCTYPE");
        }
    }

    @Test
    void barsAreGroupedEngineByEngineWithABarPerDirection() {
        CategoryChart iops = Charts.throughput(randrw(), Metric.Quantity.IOPS).orElseThrow();

        assertThat(iops.getSeriesMap()).containsOnlyKeys("read", "write");
        List<Object> engines = List.copyOf(iops.getSeriesMap().get("read").getXData());
        List<Number> reads = List.copyOf(iops.getSeriesMap().get("read").getYData());
        assertThat(engines).containsExactly("linstor-lvmthin", "mayastor", "longhorn-v2");
        assertThat(reads).containsExactly(185_000.0, 143_000.0, 83_000.0);
    }

    @Test
    void axisLabelsHaveThousandsSeparatorsAndNoExponent() throws Exception {
        List<String> labels = yTickLabels(Charts.throughput(randrw(), Metric.Quantity.IOPS).orElseThrow());

        assertThat(labels).contains("100,000", "180,000").noneMatch(l -> l.matches(".*\\d[Ee][-+]?\\d.*"));
    }

    @Test
    void latencyPercentilesAreOnALogAxisWithPlainNumbers() throws Exception {
        CategoryChart latency = Charts.latency(randrw()).orElseThrow();

        assertThat(latency.getStyler().isYAxisLogarithmic()).isTrue();
        assertThat(latency.getSeriesMap()).containsOnlyKeys("linstor-lvmthin read", "mayastor read",
                "longhorn-v2 read");
        assertThat(yTickLabels(latency)).contains("0.1", "1", "10", "100")
                .noneMatch(l -> l.matches(".*\\d[Ee][-+]?\\d.*"));
    }

    @Test
    void aWorkloadWithoutEveryPercentileHasNoLatencyChart() {
        SummaryTable table = new SummaryTable("w", List.of("a"), Map.of("a", new MetricSet(Map.of(
                m("write.iops"), 900.0, m("write.lat.p99.9"), 8.0))));

        assertThat(Charts.of(table)).extracting(RenderedChart::key).containsExactly("iops-w");
    }

    @Test
    void theInlineFormIsAPngDataUri() {
        RenderedChart chart = Charts.of(randrw()).get(0);

        assertThat(chart.html()).startsWith("<img class=\"chart\" alt=\"randrw-4k-qd16x8 · IOPS\" "
                + "src=\"data:image/png;base64,iVBORw0KGgo");
    }
}
