package org.storageharness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storageharness.metrics.MetricSet;
import org.storageharness.suite.Metric;

class SummaryTableTest {

    private static Metric m(String name) {
        return Metric.parse(name).orElseThrow();
    }

    private static SummaryTable experimentOneTable() {
        Map<String, MetricSet> byEngine = new LinkedHashMap<>();
        byEngine.put("linstor-lvmthin", new MetricSet(Map.of(m("read.bw"), 148.0, m("write.bw"), 148.0,
                m("read.iops"), 37000.0, m("write.lat.mean"), 3.0, m("write.lat.p99.9"), 20.0)));
        byEngine.put("longhorn-v2", new MetricSet(Map.of(m("read.bw"), 83.0, m("write.bw"), 83.0,
                m("read.iops"), 21000.0, m("write.lat.mean"), 3.8)));
        return new SummaryTable("randrw-4k-qd16x8", List.of("linstor-lvmthin", "longhorn-v2"), byEngine);
    }

    @Test
    void enginesAreColumnsAndMetricsAreRowsInExperimentOrder() {
        String md = experimentOneTable().markdown();

        assertThat(md).startsWith("### randrw-4k-qd16x8\n\n| Metric | linstor-lvmthin | longhorn-v2 |\n|:--|--:|--:|\n")
                .contains("| Read bandwidth (MiB/s) | **148.0** | 83.00 |\n")
                .contains("| Read IOPS | **37,000** | 21,000 |\n")
                .contains("| Avg write latency (ms) | **3.00** | 3.80 |\n")
                .contains("| p99.9 write latency (ms) | 20.00 | — |\n");
        assertThat(md.indexOf("Write bandwidth")).isLessThan(md.indexOf("Read IOPS"));
        assertThat(md.indexOf("Read IOPS")).isLessThan(md.indexOf("Avg write latency"));
        assertThat(md).doesNotContain("Total IOPS");
    }

    @Test
    void htmlHasTheSameCellsRightAlignedWithTheBestEngineMarked() {
        String html = experimentOneTable().html();

        assertThat(html).contains("<th class=\"num\">linstor-lvmthin</th><th class=\"num\">longhorn-v2</th>")
                .contains("<tr><td>Read IOPS</td><td class=\"num best\">37,000</td><td class=\"num\">21,000</td>"
                        + "</tr>")
                .contains("<tr><td>Avg write latency (ms)</td><td class=\"num best\">3.00</td>");
    }

    @Test
    void theBestEngineIsTheHighestForThroughputAndTheLowestForLatencyWithoutTheBaseline() {
        Map<String, MetricSet> byEngine = new LinkedHashMap<>();
        byEngine.put("raw", new MetricSet(Map.of(m("read.iops"), 90000.0, m("read.lat.mean"), 0.1, m("read.io"), 9.0)));
        byEngine.put("a", new MetricSet(Map.of(m("read.iops"), 30000.0, m("read.lat.mean"), 0.5, m("read.io"), 3.0)));
        byEngine.put("b", new MetricSet(Map.of(m("read.iops"), 40000.0, m("read.lat.mean"), 0.7, m("read.io"), 4.0)));
        SummaryTable t = new SummaryTable("w", List.of("raw", "a", "b"), byEngine, "raw");

        assertThat(t.best(m("read.iops"))).containsExactly("b");
        assertThat(t.best(m("read.lat.mean"))).containsExactly("a");
        assertThat(t.best(m("read.io"))).as("I/O volume only follows the runtime").isEmpty();
        assertThat(new SummaryTable("w", List.of("raw", "a"), byEngine, "raw").best(m("read.iops")))
                .as("one engine against the baseline has nothing to beat").isEmpty();
    }

    @Test
    void aLatencyThreeTimesTheRawDevicesIsPlusTwoHundredPercentAndWorse() {
        Map<String, MetricSet> byEngine = new LinkedHashMap<>();
        byEngine.put("nvme-raw", new MetricSet(Map.of(m("read.lat.mean"), 1.30, m("read.iops"), 24000.0)));
        byEngine.put("ext4-dir", new MetricSet(Map.of(m("read.lat.mean"), 3.92, m("read.iops"), 8000.0)));
        SummaryTable t = new SummaryTable("randread", List.of("nvme-raw", "ext4-dir"), byEngine, "nvme-raw");

        assertThat(t.cell(m("read.lat.mean"), "ext4-dir")).isEqualTo("3.92 (+202 % worse)");
        assertThat(t.cell(m("read.iops"), "ext4-dir")).isEqualTo("8,000 (-67 % worse)");
        assertThat(t.html()).contains("3.92<br><span class=\"delta worse\">↑ +202 % worse</span>")
                .contains("8,000<br><span class=\"delta worse\">↓ -67 % worse</span>")
                .contains("nvme-raw<br><small>baseline</small>");
    }

    @Test
    void otherEnginesShowTheirOverheadAgainstTheBaselineEngineAndFasterThanRawIsFlagged() {
        Map<String, MetricSet> byEngine = new LinkedHashMap<>();
        byEngine.put("raw", new MetricSet(Map.of(m("read.iops"), 100000.0, m("read.lat.p99.9"), 1.0,
                m("read.io"), 100.0)));
        byEngine.put("replicated", new MetricSet(Map.of(m("read.iops"), 60000.0, m("read.lat.p99.9"), 2.5,
                m("read.io"), 60.0)));
        byEngine.put("cached", new MetricSet(Map.of(m("read.iops"), 250000.0, m("read.lat.p99.9"), 0.2,
                m("read.io"), 250.0)));
        SummaryTable t = new SummaryTable("w", List.of("raw", "replicated", "cached"), byEngine, "raw");

        assertThat(t.cell(m("read.iops"), "raw")).isEqualTo("100,000");
        assertThat(t.cell(m("read.iops"), "replicated")).isEqualTo("60,000 (-40 % worse)");
        assertThat(t.cell(m("read.lat.p99.9"), "replicated")).isEqualTo("2.50 (+150 % worse)");
        assertThat(t.cell(m("read.iops"), "cached")).isEqualTo("**250,000** (+150 % better ⚠)");
        assertThat(t.cell(m("read.lat.p99.9"), "cached")).isEqualTo("**0.200** (-80 % better ⚠)");
        assertThat(t.cell(m("read.io"), "cached")).isEqualTo("250.0");
    }

    @Test
    void engineResourceCostRowsComeLastWithTheirUnits() {
        Map<String, MetricSet> byEngine = Map.of("lh", new MetricSet(Map.of(m("total.iops"), 40000.0,
                m("engine.cpu"), 0.5, m("engine.memory"), 300.0, m("engine.iops_per_core"), 80000.0)));
        SummaryTable t = new SummaryTable("w", List.of("lh"), byEngine);

        assertThat(t.rows()).extracting(SummaryTable::rowLabel).containsExactly("Total IOPS", "Engine CPU (cores)",
                "Engine memory (MiB)", "IOPS per engine CPU core");
    }
}
