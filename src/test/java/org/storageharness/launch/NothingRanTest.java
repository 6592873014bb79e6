package org.storageharness.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.platform.k3s.DockerProbe;
import org.storageharness.results.ResultsFile;
import org.storageharness.run.BenchmarkCase;
import org.storageharness.run.RunSession;
import org.storageharness.run.RunVerdict;
import org.storageharness.suite.load.SuiteFiles;
import org.storageharness.testing.AllureResultFiles;
import org.storageharness.testing.ChildSuiteRun;
import org.storageharness.testing.CommandLines;
import org.storageharness.testing.RecordingSink;

/**
 * A run in which every case is skipped proves nothing and fails with {@code Nothing ran:}, unless allowed; played with
 * {@code -Dtarget=k3s} on a machine without Docker, where every case is skipped with the reason.
 */
class NothingRanTest {

    private static final String SUITE = """
            target: local
            runtime: 1s
            size: 4m
            engines: [{id: host, local: {path: vol}, storageClass: local-path}]
            workloads: [randwrite-4k-1x, randwrite-1m-1x]
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void needsAMachineWithoutDocker() throws Exception {
        assumeThat(DockerProbe.unavailableReason(CommandLines.thisMachinesDocker()))
                .as("this machine has Docker, where -Dtarget=k3s starts K3s instead of skipping every case")
                .isPresent();
        new SuiteFiles(dir).write("t", SUITE);
    }

    @Test
    void aRunWhoseCasesAreAllSkippedFailsOnceWithTheReasons() throws Exception {
        List<String> console;
        try (ChildSuiteRun child = ChildSuiteRun.start(dir, Map.of("suite", "t", "target", "k3s"))) {
            assertThat(child.secondsToExit(Duration.ofSeconds(120))).as("child ended").isNotNegative();
            assertThat(child.exitValue()).as("exit status; console:%n%s", child.console()).isNotZero();
            console = child.console().lines().toList();
        }

        assertThat(console).filteredOn(l -> l.contains("Nothing ran:")).singleElement().asString()
                .startsWith("[storage-harness] Nothing ran: 2 cases skipped: Cluster unavailable: target [k3s]")
                .contains(" (2 cases); -Dallow.empty=true allows a run in which nothing runs");
        assertThat(console).contains("The run failed: nothing ran; see the end of the run printed above")
                .anyMatch(l -> l.matches("\\[storage-harness] ──── run \\S+ of suite t on k3s: NOTHING RAN in .*"));
        assertThat(AllureResultFiles.read(dir.resolve("allure-results")))
                .anyMatch(r -> r.startsWith("failed Run summary · t: Nothing ran: 2 cases skipped: Cluster"));
        assertThat(ResultsFile.read(dir.resolve("out/results.json")).cases()).extracting(c -> c.verdict())
                .containsExactly("skipped", "skipped");
    }

    @Test
    void allowEmptyLetsSuchARunPass() throws Exception {
        List<String> console = new ArrayList<>();
        LaunchedRun run = LaunchedRun.open(CommandLines.settings("harness.basedir", dir.toString(), "suite", "t",
                "target", "k3s", "allow.empty", "true", "harness.output", dir.resolve("out").toString(),
                "allure.results.directory", dir.resolve("allure").toString()), console::add);
        RunSession session = run.session();
        for (BenchmarkCase c : RunSession.cases(session.suite())) {
            session.run(c, new RecordingSink(new ArrayList<>()));
        }

        RunVerdict verdict = run.finish();

        assertThat(verdict.kind()).isEqualTo(RunVerdict.Kind.NOTHING_RAN);
        assertThat(verdict.fails()).isFalse();
        assertThat(verdict.message()).startsWith("Nothing ran: 2 cases skipped: Cluster unavailable:")
                .endsWith("(2 cases) (allowed by -Dallow.empty=true)");
        assertThat(console).anyMatch(l -> l.matches("──── run \\S+ of suite t on k3s: nothing ran \\(allowed\\) .*"));
    }
}
