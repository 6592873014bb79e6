package org.storageharness.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.run.BenchmarkCase;
import org.storageharness.run.RunSession;
import org.storageharness.run.RunVerdict;
import org.storageharness.suite.load.SuiteFiles;
import org.storageharness.testing.CommandLines;
import org.storageharness.testing.RecordingSink;
import org.storageharness.testing.RequiresFio;

/** A run composed from settings alone, outside JUnit's glue: what it says, and what it leaves behind. */
@RequiresFio
class LaunchedRunTest {

    @TempDir
    Path dir;

    @Test
    void opensTheSuiteOnItsPlatformSaysWhatItDoesAndWritesTheRecordAndTheBaseline() throws Exception {
        new SuiteFiles(dir).write("t", """
                target: local
                runtime: 1s
                size: 4m
                engines: [{id: host, local: {path: vol}}]
                workloads: [randwrite-4k-1x]
                """);
        List<String> console = new ArrayList<>();

        LaunchedRun run = LaunchedRun.open(CommandLines.settings("harness.basedir", dir.toString(), "suite", "t",
                "harness.output", dir.resolve("out").toString(), "allure.results.directory",
                dir.resolve("allure").toString(), "baseline", "b.json", "baseline.update", "true"), console::add);
        String runId = run.session().runId();
        run.finish();

        assertThat(console.get(0)).startsWith("suite t (").endsWith("1 engine(s) × 1 workload(s), 1 repetition(s)");
        assertThat(console).contains("this run records the baseline " + dir.resolve("b.json")
                        + " (its cases are not compared with the old one)",
                "target local: engines are directories or devices on this host",
                "results record: " + dir.resolve("out/results.json"),
                "baseline " + dir.resolve("b.json") + " updated with run " + runId);
        assertThat(console).noneMatch(line -> line.startsWith("[storage-harness]"));
        assertThat(dir.resolve("b.json")).isNotEmptyFile();
        assertThat(dir.resolve(".results-history")).isNotEmptyDirectory();
    }

    @Test
    void finishingEndsWithOneScreenOfVerdictsTimesAndWhereTheReportIs() throws Exception {
        new SuiteFiles(dir).write("t", """
                target: local
                runtime: 1s
                size: 4m
                engines: [{id: host, local: {path: vol}}, {id: cluster-only, storageClass: x}]
                workloads:
                  - {id: quick, fio: {rw: randwrite, bs: 4k, ioengine: psync, time_based: 1}}
                  - {id: slow, runtime: 2s, fio: {rw: randwrite, bs: 4k, ioengine: psync, time_based: 1}}
                thresholds: [{metric: write.iops, min: 1000000000, workloads: [slow]}]
                """);
        List<String> console = new ArrayList<>();
        LaunchedRun run = LaunchedRun.open(CommandLines.settings("harness.basedir", dir.toString(), "suite", "t",
                "harness.output", dir.resolve("out").toString(), "allure.results.directory",
                dir.resolve("allure").toString()), console::add);
        RunSession session = run.session();
        for (BenchmarkCase c : RunSession.cases(session.suite())) {
            session.run(c, new RecordingSink(new ArrayList<>()));
        }

        RunVerdict verdict = run.finish();

        List<String> screen = console.subList(console.size() - 8, console.size());
        assertThat(verdict.fails()).isFalse();
        assertThat(screen.get(0)).matches("──── run \\S+ of suite t on local: FAILED in \\d+ s ────");
        assertThat(screen.subList(1, 3)).containsExactly("cases:   1 passed · 1 failed · 0 broken · 2 skipped (of 4)",
                "checks:  none");
        assertThat(screen.get(3)).matches("slowest: host · slow \\d+\\.\\d s, host · quick \\d+\\.\\d s");
        assertThat(screen.subList(4, 8)).containsExactly("summary: out/summary.md", "results: out/results.json",
                "report:  target/site/allure-maven-plugin (Allure; mvn verify writes it after the tests), open it with",
                "  python3 -m http.server -d target/site/allure-maven-plugin 8080   and browse http://localhost:8080");
        assertThat(console).filteredOn(line -> line.startsWith("────")).hasSize(1);
    }
}
