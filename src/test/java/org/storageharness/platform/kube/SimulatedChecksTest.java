package org.storageharness.platform.kube;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.check.CheckOutcome;
import org.storageharness.junit.CheckTests;
import org.storageharness.run.CheckVerdict;
import org.storageharness.run.RunSession;
import org.storageharness.suite.CheckKind;
import org.storageharness.suite.EngineSpec;
import org.storageharness.testing.RequiresFio;
import java.util.Map;

/**
 * The snapshot, persistence, failover, clone and expansion checks end to end on the simulated cluster, each a test with the JUnit glue
 * of {@code CorrectnessIT} (Allure name, labels, metrics table, evidence), verifying real fio data.
 */
@Tag("simulated-cluster")
@RequiresFio
class SimulatedChecksTest {

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> checksOnAHealthyReplicatedEngine() {
        ChecksBed bed = new ChecksBed(dir);
        RunSession session = bed.open(dir.resolve("out"));
        EngineSpec engine = bed.suite.engines().get(0);
        List<DynamicTest> tests = new ArrayList<>();
        for (CheckKind check : CheckKind.values()) {
            tests.add(DynamicTest.dynamicTest(check.id() + " · " + engine.id(),
                    () -> CheckTests.run(session, engine, check)));
        }
        tests.add(DynamicTest.dynamicTest("metrics and evidence of every check, nothing left behind", () -> {
            List<CheckVerdict> verdicts = session.checks().verdicts();
            session.close();
            assertThat(verdicts).extracting(CheckVerdict::check).containsExactly(CheckKind.SNAPSHOT,
                    CheckKind.PERSISTENCE, CheckKind.FAILOVER, CheckKind.CLONE, CheckKind.EXPANSION);
            assertThat(metrics(verdicts, 0)).containsKeys("snapshot.ready_s", "restore.bound_s");
            assertThat(metrics(verdicts, 1)).containsKeys("persistence.restart_s");
            assertThat(metrics(verdicts, 2)).containsKeys("failover.stall_s", "failover.time_to_healthy_s",
                    "failover.io_errors");
            assertThat(metrics(verdicts, 3)).containsKeys("clone.bound_s");
            assertThat(metrics(verdicts, 4)).containsKeys("expansion.done_s");
            Path failover = dir.resolve("out/checks/longhorn-sim/failover");
            try (Stream<Path> files = Files.walk(failover)) {
                assertThat(files.map(p -> p.getFileName().toString()).toList())
                        .contains("health-timeline.txt", "iops-per-second.csv", "job.fio", "fio-output.json");
            }
            assertThat(bed.bed.harnessObjects()).isEmpty();
            bed.close();
        }));
        return tests.stream();
    }

    private static Map<String, Double> metrics(List<CheckVerdict> verdicts, int i) {
        CheckOutcome outcome = verdicts.get(i).outcome();
        assertThat(outcome).as(verdicts.get(i).check() + " ran and passed").isInstanceOf(CheckOutcome.Done.class);
        assertThat(((CheckOutcome.Done) outcome).passed()).as(String.valueOf(outcome)).isTrue();
        return ((CheckOutcome.Done) outcome).metrics();
    }
}
