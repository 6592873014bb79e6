package org.storageharness.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.results.ResultsFile;
import org.storageharness.results.RunRecord;
import org.storageharness.suite.load.SuiteFiles;
import org.storageharness.testing.AllureResultFiles;
import org.storageharness.testing.ChildSuiteRun;
import org.storageharness.testing.RequiresFio;

/**
 * Ctrl-C in the middle of a run on the local host, played on a real child JVM running the storage suites with real
 * fio: the signal goes to the child's whole process group, as a terminal sends it.
 */
@RequiresFio
class InterruptedRunTest {

    private static final String WORKLOAD = "{rw: randwrite, bs: 4k, ioengine: psync, time_based: 1}";

    @TempDir
    Path dir;

    @Test
    void ctrlCStopsTheRunningCaseSkipsTheRestCleansUpAndWritesWhatWasMeasured() throws Exception {
        new SuiteFiles(dir).write("t", "target: local\nruntime: 30s\nsize: 16m\n"
                + "engines: [{id: host, local: {path: vol}}]\n"
                + "workloads: [{id: w1, fio: " + WORKLOAD + "}, {id: w2, fio: " + WORKLOAD + "}]\n");
        String fioOutput = dir.resolve("out/cases").toString();
        String signal;
        double seconds;
        try (ChildSuiteRun child = ChildSuiteRun.start(dir, Map.of("suite", "t"))) {
            await("case 1's fio to run").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                    .until(() -> !ChildSuiteRun.processesMentioning(fioOutput).isEmpty() || !child.isAlive());
            assertThat(child.isAlive()).as("child still running; its console:%n%s", child.console()).isTrue();
            // A child started from a background job inherits an ignored SIGINT; then only SIGTERM reaches it.
            signal = child.ignores("INT") ? "TERM" : "INT";

            child.signalGroup(signal);
            seconds = child.secondsToExit(Duration.ofSeconds(60));

            System.out.printf("[InterruptedRunTest] SIG%s to the process group → child exited after %.2f s%n", signal,
                    seconds);
            assertThat(seconds).as("seconds from SIG%s to the child's exit; its console:%n%s", signal,
                    child.console()).isBetween(0.0, 5.0);
            assertThat(child.exitValue()).as("exit status").isNotZero();
            assertThat(child.console()).contains("INTERRUPTED").doesNotContain("fio reported failure");
        }
        assertThat(ChildSuiteRun.processesMentioning(fioOutput)).as("fio left running").isEmpty();
        assertThat(dir.resolve("vol")).as("the engine's directory and data file").doesNotExist();
        RunRecord record = ResultsFile.read(dir.resolve("out/results.json"));
        assertThat(record.interrupted()).isTrue();
        assertThat(record.signal()).isEqualTo("SIG" + signal);
        assertThat(record.cases()).extracting(RunRecord.CaseRecord::workload, RunRecord.CaseRecord::verdict)
                .containsExactly(tuple("w1", "broken"), tuple("w2", "skipped"));
        assertThat(record.cases().get(0).message()).matches("Interrupted: host · w1 stopped by SIG" + signal
                + " after \\d+ s");
        assertThat(record.cases().get(1).message()).isEqualTo("run interrupted");
        assertThat(Files.readString(dir.resolve("out/summary.md")))
                .contains("Interrupted: run of suite [t] stopped by SIG" + signal);
        assertThat(AllureResultFiles.read(dir.resolve("allure-results")))
                .anyMatch(r -> r.matches("broken .*: Interrupted: host · w1 stopped by SIG" + signal + " after \\d+ s"))
                .anyMatch(r -> r.matches("skipped .*: run interrupted"))
                .anyMatch(r -> r.startsWith("broken Run summary · t: Interrupted: run of suite [t]"));
    }
}
