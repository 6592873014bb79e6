package org.storageharness.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.report.RunRecords;
import org.storageharness.results.RunRecord;
import org.storageharness.run.BaselineCaseGate;
import org.storageharness.run.CaseOutcome;
import org.storageharness.run.RunSession;
import org.storageharness.suite.ConfigurationException;
import org.storageharness.suite.load.Overrides;
import org.storageharness.suite.Problem;
import org.storageharness.suite.Suite;
import org.storageharness.suite.load.SuiteLoader;
import org.storageharness.testing.RecordingSink;
import org.storageharness.testing.RequiresFio;
import org.storageharness.testing.CommandLines;
import java.nio.file.StandardCopyOption;

/**
 * The baseline gate on the local target with real fio: write a baseline, the same run passes, a run slowed down with
 * {@code -Dfio.options=rate_iops=200} fails with {@code Regression:}.
 */
@RequiresFio
class BaselineRunTest {

    @TempDir
    Path dir;

    private Suite suite(Map<String, String> commandLine) throws Exception {
        Files.writeString(dir.resolve("g.yaml"), """
                target: local
                runtime: 2s
                size: 16m
                engines: [{id: host, local: {path: vol}}]
                workloads: [randwrite-4k-1x]
                """);
        Overrides overrides = CommandLines.settings(commandLine).overrides();
        Path basedir = Path.of(System.getProperty("harness.basedir", ".")).toAbsolutePath();
        Files.createDirectories(dir.resolve("catalog"));
        Files.copy(basedir.resolve("suites/catalog/workloads.yaml"), dir.resolve("catalog/workloads.yaml"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(basedir.resolve("suites/catalog/engines.yaml"), dir.resolve("catalog/engines.yaml"),
                StandardCopyOption.REPLACE_EXISTING);
        return new SuiteLoader(dir, dir).load("g", overrides);
    }

    private RunRecord run(Suite suite, BaselineGate gate, List<String> failures) throws Exception {
        try (RunSession session = RunSession.open(suite, dir.resolve("out"), "fio", s -> { })) {
            if (gate != null) {
                session.gate(new BaselineCaseGate(gate));
            }
            CaseOutcome.Done done = (CaseOutcome.Done) session.run(RunSession.cases(suite).get(0),
                    new RecordingSink(new ArrayList<>()));
            if (done.failure() != null) {
                failures.add(done.failure());
            }
            return RunRecords.of(session, Map.of(), Instant.now());
        }
    }

    @Test
    void writesABaselinePassesTheSameRunAndCatchesASlowdown() throws Exception {
        Path baseline = dir.resolve("baseline.json");
        List<String> failures = new ArrayList<>();
        BaselineFiles.update(baseline, run(suite(Map.of()), null, failures));
        // Wide tolerances: this checks the mechanism on a noisy shared machine, not the machine's noise (a CI box
        // running other builds moved p99.9 from 0.2 to 2.9 ms). rate_iops=200 still drops IOPS by far more than 90 %.
        GateRules wide = new GateRules(new Tolerance(0.9, 50), new Tolerance(0.9, 1), new Tolerance(1000, 1000));
        BaselineGate gate = new BaselineGate(BaselineFiles.read(baseline), wide);

        run(suite(Map.of()), gate, failures);
        assertThat(failures).as("the same run again").isEmpty();

        RunRecord slow = run(suite(Map.of("fio.options", "rate_iops=200")), gate, failures);
        assertThat(failures).singleElement().asString().startsWith("Regression: host · randwrite-4k-1x")
                .contains("write IOPS");
        assertThat(slow.cases().get(0).verdict()).isEqualTo("failed");
    }

    @Test
    void rejectsAHarnessOwnedFioOptionOnTheCommandLine() {
        assertThatThrownBy(() -> CommandLines.settings("fio.options", "filename=/etc/passwd,rate_iops=200"))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::key).containsExactly("-Dfio.options filename"));
    }

    @Test
    void aMissingBaselineFileNamesTheOptionAndHowToWriteOne() {
        assertThatThrownBy(() -> BaselineFiles.read(dir.resolve("nope.json")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("-Dbaseline")
                .hasMessageContaining("-Dbaseline.update=true");
    }
}
