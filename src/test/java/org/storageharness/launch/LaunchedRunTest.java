package org.storageharness.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.suite.load.SuiteFiles;
import org.storageharness.testing.CommandLines;
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
}
