package org.storageharness.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.results.ResultsFile;
import org.storageharness.results.RunRecord;
import org.storageharness.settings.RunSettings;
import org.storageharness.suite.load.SuiteFiles;
import org.storageharness.testing.CommandLines;

/** The plan on the local host: what it would create and the room it has, while it creates nothing itself. */
class LocalPlanTest {

    @TempDir
    Path dir;

    private final List<String> console = new ArrayList<>();

    private RunSettings settings(String size, String... more) throws Exception {
        new SuiteFiles(dir).write("t", """
                target: local
                runtime: 3s
                size: %s
                engines:
                  - {id: host, local: {path: data/engines/host}}
                  - {id: cluster-only, kind: local-path, storageClass: local-path}
                workloads: [randwrite-4k-1x, randwrite-1m-1x]
                checks: {run: [persistence]}
                """.formatted(size));
        List<String> options = new ArrayList<>(List.of("harness.basedir", dir.toString(), "suite", "t",
                "harness.output", dir.resolve("out").toString()));
        options.addAll(List.of(more));
        return CommandLines.settings(options.toArray(String[]::new));
    }

    @Test
    void createsNoEngineDirectoryAndShowsTheRoomTheFilesystemHas() throws Exception {
        RunPlan plan = Planner.plan(settings("16m"), console::add);

        assertThat(dir.resolve("data")).doesNotExist();
        assertThat(plan.ready()).as(plan.markdown()).isTrue();
        assertThat(plan.markdown()).contains("| host | `" + dir.resolve("data/engines/host") + "` | directory `"
                        + dir.resolve("data") + "`", "file `storage-harness-<run id>.fio` | 16 MiB | ")
                .containsPattern("\\| 16 MiB \\| [0-9.]+ (MiB|GiB) \\| \\w+ \\|")
                .contains("| host | 2 of 2 | skipped [1] |",
                        "[1] correctness checks (snapshot, persistence, failover, clone, expansion) need")
                .contains("| cluster-only | skipped [2] | skipped [2] |", "[2] engine [cluster-only] has no [local]");
        assertThat(dir.resolve("out/plan.md")).content().isEqualTo(plan.markdown());
        assertThat(console).singleElement().asString().startsWith("# Plan: suite t on local");
    }

    @Test
    void moreDataThanTheFilesystemHoldsStopsTheRun() throws Exception {
        RunPlan plan = Planner.plan(settings("900t"), console::add);

        assertThat(plan.ready()).isFalse();
        assertThat(plan.problems()).singleElement().asString().startsWith("engine [host]: the run writes up to [")
                .contains("in [" + dir.resolve("data/engines/host") + "] but its filesystem has [");
        assertThat(plan.markdown()).contains("**Not ready**: 1 problem(s) would stop the run");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void estimatesFromTheMeanOverheadOfEarlierRunsWhenThereAreAny() throws Exception {
        RunSettings settings = settings("16m");
        assertThat(Planner.plan(settings, console::add).markdown()).contains("Overhead: a default of 1.0 s per case",
                "| host | 2 | 6 s | < 1 s | 2 s | — | 8 s |");
        RunRecord.CaseRecord slow = new RunRecord.CaseRecord("host", "w", "passed", null, 14.0, 3.0, List.of(),
                List.of());
        RunRecord.CaseRecord fast = new RunRecord.CaseRecord("host", "w", "passed", null, 10.0, 3.0, List.of(),
                List.of());
        ResultsFile.write(new RunRecord(RunRecord.SCHEMA, 1, "r1", "t0", "t1", "t", "local", 1, Map.of(),
                List.of(slow, fast)), dir.resolve(".results-history/r1.json"));

        String markdown = Planner.plan(settings, console::add).markdown();

        assertThat(markdown).contains("Overhead: 9.0 s per case, the mean of wall time − fio time over 2 case(s) of 1"
                + " earlier run(s) of suite [t] on [local]", "| host | 2 | 6 s | in overhead | 18 s | — | 24 s |");
    }

    @Test
    void aMissingBaselineStopsTheRunAsItWould() throws Exception {
        RunPlan plan = Planner.plan(settings("16m", "baseline", "baselines/none.json"), console::add);

        assertThat(plan.problems()).singleElement().asString().startsWith("-Dbaseline: [")
                .contains("none.json] does not exist");
        assertThat(Files.exists(dir.resolve("baselines"))).isFalse();
    }
}
