package org.storageharness.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.results.RunRecord;

/** The checks' metrics against their baseline: times lower is better, rates higher, tolerance and floor per kind. */
class CheckBaselineGateTest {

    @TempDir
    Path dir;

    private static Map<String, Double> metrics(Object... namesAndValues) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], ((Number) namesAndValues[i + 1]).doubleValue());
        }
        return m;
    }

    private static RunRecord run(String runId, String verdict, Map<String, Double> failover) {
        return new RunRecord(RunRecord.SCHEMA, 1, runId, "t0", "t1", "checks", "kubeconfig:sim", 1, Map.of(),
                List.of(), List.of(new RunRecord.CheckRecord("longhorn-sim", "failover", verdict, null, failover,
                        List.of()), new RunRecord.CheckRecord("longhorn-sim", "snapshot", "skipped", "no class",
                        Map.of(), List.of())));
    }

    private CheckBaselineGate gate(GateRules rules) {
        Path file = dir.resolve("baseline.json");
        BaselineFiles.update(file, run("r1", "passed", metrics("failover.stall_s", 0.4,
                "failover.io_errors", 0, "failover.time_to_healthy_s", 10.0, "rebuild.mib_per_s", 40.0)));
        return new CheckBaselineGate(BaselineFiles.read(file), rules);
    }

    private List<String> judge(GateRules rules, Map<String, Double> now) {
        return gate(rules).failures("kubeconfig:sim", "longhorn-sim", "failover", now);
    }

    @Test
    void aLongerStallBeyondTheFloorIsARegressionNamingTheMetric() {
        List<String> failures = judge(GateRules.defaults(), metrics("failover.stall_s", 2.9));

        assertThat(failures).singleElement().satisfies(f -> assertThat(f)
                .startsWith("Regression: failover.stall_s of failover · longhorn-sim is 2.900 s, worse than its"
                        + " baseline 0.400 s [run r1] by +625.0 %")
                .contains("beyond the tolerance of 1.000 s (gate.checkTime: 25 %, floor 1 s)"));
    }

    @Test
    void withinToleranceBelowTheFloorOrBetterPasses() {
        // 0.4 s → 1.3 s: 0.9 s worse, under the 1 s floor; 10 s → 12.4 s: under 25 %; faster and fewer errors pass.
        assertThat(judge(GateRules.defaults(), metrics("failover.stall_s", 1.3, "failover.time_to_healthy_s", 12.4,
                "rebuild.mib_per_s", 31.0, "failover.io_errors", 7))).isEmpty();
        assertThat(judge(GateRules.defaults(), metrics("failover.stall_s", 0.1, "failover.time_to_healthy_s", 2,
                "rebuild.mib_per_s", 400))).isEmpty();
    }

    @Test
    void timesAreLowerIsBetterAndRatesHigherIsBetter() {
        List<String> failures = judge(GateRules.defaults(), metrics("failover.time_to_healthy_s", 12.6,
                "rebuild.mib_per_s", 29.0));

        assertThat(failures).hasSize(2);
        assertThat(failures.get(0)).startsWith("Regression: failover.time_to_healthy_s").contains("+26.0 %");
        assertThat(failures.get(1)).startsWith("Regression: rebuild.mib_per_s").contains("29.000 MiB/s")
                .contains("-27.5 %", "lower by 11.000 MiB/s", "gate.checkRate: 25 %, floor 5 MiB/s");
    }

    @Test
    void theSuitesToleranceAndFloorApply() {
        GateRules strict = GateRules.of(new org.storageharness.suite.GateSpec(0.1, 50, 0.1, 1, 0.2, 0.05, 0.10,
                0.1, 0.05, 1));
        assertThat(judge(strict, metrics("failover.stall_s", 0.6, "rebuild.mib_per_s", 37.0))).hasSize(2);
        GateRules loose = GateRules.of(new org.storageharness.suite.GateSpec(0.1, 50, 0.1, 1, 0.2, 0.05, 1.0, 5,
                0.9, 1));
        assertThat(judge(loose, metrics("failover.stall_s", 4.9, "rebuild.mib_per_s", 5.0))).isEmpty();
    }

    @Test
    void anotherEngineOrCheckOrAMetricTheBaselineLacksIsNotJudged() {
        CheckBaselineGate gate = gate(GateRules.defaults());
        assertThat(gate.failures("kubeconfig:sim", "other", "failover", metrics("failover.stall_s", 60))).isEmpty();
        assertThat(gate.failures("kubeconfig:other", "longhorn-sim", "failover", metrics("failover.stall_s", 60)))
                .isEmpty();
        assertThat(gate.failures("kubeconfig:sim", "longhorn-sim", "failover", metrics("clone.bound_s", 60)))
                .isEmpty();
    }

    @Test
    void theFileKeepsChecksPerEngineAndCheckAndAnUpdateReplacesOnlyItsOwn() throws Exception {
        Path file = dir.resolve("baseline.json");
        BaselineFiles.update(file, run("r1", "passed", metrics("failover.stall_s", 0.4)));
        BaselineFiles.update(file, run("r2", "failed", metrics("failover.stall_s", 0.7)));

        BaselineFile read = BaselineFiles.read(file);

        assertThat(read.schemaVersion()).isEqualTo(2);
        assertThat(read.checks()).extracting(c -> c.engine() + " " + c.check() + " " + c.runId() + " "
                + c.metrics().get("failover.stall_s")).containsExactly("longhorn-sim failover r2 0.7");
        assertThat(Files.readString(file)).contains("\"checks\"", "\"failover.stall_s\" : 0.7");
    }

    @Test
    void aVersionOneFileWithoutChecksIsReadAsHavingNone() throws Exception {
        Path file = dir.resolve("v1.json");
        Files.writeString(file, "{\"schema\":\"storage-harness/baseline\",\"schemaVersion\":1,\"entries\":[]}");

        assertThat(BaselineFiles.read(file).checks()).isEmpty();
        assertThat(new CheckBaselineGate(BaselineFiles.read(file), GateRules.defaults())
                .failures("t", "e", "failover", metrics("failover.stall_s", 9))).isEmpty();
    }

    @Test
    void theKindFollowsTheName() {
        assertThat(CheckMetricKind.of("clone.bound_s")).contains(CheckMetricKind.TIME);
        assertThat(CheckMetricKind.of("expansion.done_s")).contains(CheckMetricKind.TIME);
        assertThat(CheckMetricKind.of("rebuild.s")).contains(CheckMetricKind.TIME);
        assertThat(CheckMetricKind.of("rebuild.mib_per_s")).contains(CheckMetricKind.RATE);
        assertThat(CheckMetricKind.of("failover.io_errors")).isEmpty();
    }
}
