package org.storageharness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storageharness.metrics.GroupMetrics;
import org.storageharness.metrics.MetricSet;
import org.storageharness.run.BenchmarkCase;
import org.storageharness.run.CaseResult;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.KubeOptions;
import org.storageharness.suite.KubeVolume;
import org.storageharness.suite.Metric;
import org.storageharness.suite.NodeVolume;
import org.storageharness.suite.Suite;
import org.storageharness.suite.TargetKind;
import org.storageharness.suite.WorkloadSpec;

/** Experiment 3's table: shares of the node baseline, only when the suite's baseline engine is a node baseline. */
class NodeBaselineTableTest {

    private static final WorkloadSpec RANDREAD = new WorkloadSpec("randread-4k-qd64x8", "", Map.of("rw", "randread"),
            null, Duration.ofSeconds(2), 1);
    private static final EngineSpec RAW = new EngineSpec("nvme-raw", "node", "", null, null, "", null,
            new NodeVolume("w1", null, "/dev/nvme1n1", true));
    private static final EngineSpec MAYASTOR = new EngineSpec("mayastor-2r", "mayastor", "", null,
            KubeVolume.of("mayastor-2"));

    @Test
    void eachEngineShowsItsValueAndItsShareOfTheRawDevice() {
        Suite suite = suite("nvme-raw");
        List<CaseResult> results = List.of(result(RAW, 400_000, 0.64, 1.2), result(MAYASTOR, 100_000, 2.56, 6.0));

        NodeBaselineTable table = NodeBaselineTable.of(suite, results).orElseThrow();

        assertThat(table.markdown()).contains("### Experiment 3: % of the node baseline nvme-raw (raw device"
                + " /dev/nvme1n1 on node w1)", "| mayastor-2r | randread-4k-qd64x8 | 100,000 (25.0 %) | 2.56 ms"
                + " (400.0 %) | 6.00 ms (500.0 %) | — | — |");
        assertThat(table.rows()).hasSize(1);
        assertThat(table.html()).contains("<td class=\"num\">100,000 (25.0 %)</td>");
        assertThat(NodeBaselineTable.notes(suite)).isEqualTo("- node baseline: nvme-raw is the raw device"
                + " /dev/nvme1n1 on node w1, measured by fio in a pod on that node, no engine between\n\n");
    }

    @Test
    void noTableWhenTheBaselineIsNoNodeBaselineOrNone() {
        List<CaseResult> results = List.of(result(RAW, 400_000, 0.64, 1.2), result(MAYASTOR, 100_000, 2.56, 6.0));

        assertThat(NodeBaselineTable.of(suite("mayastor-2r"), results)).isEmpty();
        assertThat(NodeBaselineTable.of(suite(null), results)).isEmpty();
    }

    private static Suite suite(String baseline) {
        return new Suite("exp3", Path.of("suites/exp3.yaml"), "", TargetKind.KUBECONFIG, List.of(RAW, MAYASTOR),
                List.of(RANDREAD), List.of(), 1, KubeOptions.defaults(), Suite.DEFAULT_UNSTABLE_SPREAD, baseline, null);
    }

    private static CaseResult result(EngineSpec engine, double iops, double mean, double p99) {
        MetricSet set = new MetricSet(Map.of(metric("total.iops"), iops, metric("read.iops"), iops,
                metric("read.lat.mean"), mean, metric("read.lat.p99"), p99));
        return new CaseResult(new BenchmarkCase(engine, RANDREAD), List.of(new GroupMetrics(null, set, List.of(set))),
                List.of(), Duration.ofSeconds(3), Duration.ofSeconds(2), null);
    }

    private static Metric metric(String name) {
        return Metric.parse(name).orElseThrow();
    }
}
