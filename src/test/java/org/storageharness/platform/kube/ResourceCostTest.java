package org.storageharness.platform.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.metrics.MetricSet;
import org.storageharness.run.CaseOutcome;
import org.storageharness.run.RunSession;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.KubeVolume;
import org.storageharness.suite.Metric;
import org.storageharness.suite.Suite;
import org.storageharness.testing.RecordingSink;
import org.storageharness.testing.RequiresFio;

/** The engine's CPU and memory from metrics-server, and IOPS per engine CPU core, on the simulated cluster. */
@Tag("simulated-cluster")
@RequiresFio
class ResourceCostTest {

    @TempDir
    Path dir;

    private static final Metric CPU = new Metric(Metric.ENGINE, Metric.Quantity.CPU);
    private static final Metric MEMORY = new Metric(Metric.ENGINE, Metric.Quantity.MEMORY);
    private static final Metric PER_CORE = new Metric(Metric.ENGINE, Metric.Quantity.IOPS_PER_CORE);

    private Suite suite() {
        Suite base = SimulatedSuites.suite("sim-fast");
        EngineSpec longhorn = new EngineSpec("lh", "longhorn", "", null, KubeVolume.of("sim-fast"),
                "app=longhorn-manager");
        return new Suite("cost", base.file(), "", base.target(), List.of(longhorn), base.workloads(), List.of(), 1,
                base.kubernetes());
    }

    private record Run(MetricSet metrics, Map<String, String> facts, List<String> attached) {
    }

    private Run run(SimulatedBed bed) throws Exception {
        Suite suite = suite();
        List<String> attached = new ArrayList<>();
        try (RunSession session = bed.open(suite, dir.resolve("out"))) {
            CaseOutcome.Done done = (CaseOutcome.Done) session.run(RunSession.cases(suite).get(0),
                    new RecordingSink(attached));
            return new Run(done.result().groups().get(0).median(), session.facts(), attached);
        }
    }

    @Test
    void theEnginesPodsAreSampledAndIopsPerCoreReported() throws Exception {
        try (SimulatedBed bed = new SimulatedBed(dir, 1)) {
            bed.cluster.addEnginePod("longhorn-system", "longhorn-manager-a", Map.of("app", "longhorn-manager"),
                    "longhornio/longhorn-manager:v1.7.2", 0.25, 200);
            bed.cluster.addEnginePod("longhorn-system", "longhorn-manager-b", Map.of("app", "longhorn-manager"),
                    "longhornio/longhorn-manager:v1.7.2", 0.25, 100);
            bed.cluster.addEnginePod("longhorn-system", "ui", Map.of("app", "longhorn-ui"), "ui:1", 3, 900);

            Run run = run(bed);

            assertThat(run.metrics.get(CPU).orElseThrow()).isCloseTo(0.5, within(0.01));
            assertThat(run.metrics.get(MEMORY).orElseThrow()).isCloseTo(300, within(1.0));
            double iops = run.metrics.get(Metric.parse("total.iops").orElseThrow()).orElseThrow();
            assertThat(run.metrics.get(PER_CORE).orElseThrow()).isCloseTo(iops / 0.5, within(1.0));
            assertThat(run.facts).containsEntry("engine.lh.image", "longhornio/longhorn-manager:v1.7.2")
                    .hasEntrySatisfying("metrics-server", v -> assertThat(v).startsWith("available"));
            assertThat(run.attached).contains("engine resources");
        }
    }

    @Test
    void withoutMetricsServerTheCaseRunsAndSaysNoCostIsReported() throws Exception {
        try (SimulatedBed bed = new SimulatedBed(dir, 1)) {
            bed.cluster.addEnginePod("longhorn-system", "longhorn-manager-a", Map.of("app", "longhorn-manager"),
                    "longhornio/longhorn-manager:v1.7.2", 0.25, 200);
            bed.cluster.faults().metricsUnavailable();

            Run run = run(bed);

            assertThat(run.metrics.get(CPU)).isEmpty();
            assertThat(run.metrics.get(Metric.parse("total.iops").orElseThrow())).isPresent();
            assertThat(run.facts.get("metrics-server")).startsWith("not available");
        }
    }
}
