package org.storageharness.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsHistoryTest {

    @TempDir
    Path dir;
    private final List<String> log = new ArrayList<>();

    static RunRecord run(String runId, String suite, String target, double iops) {
        RunRecord.MetricRecord m = new RunRecord.MetricRecord("", iops, iops, iops, 0, List.of(iops));
        RunRecord.GroupRecord g = new RunRecord.GroupRecord(null, Map.of("total.iops", m, "write.lat.p99.9",
                new RunRecord.MetricRecord("ms", 1, 1, 1, 0, List.of(1.0))), List.of());
        RunRecord.CaseRecord c = new RunRecord.CaseRecord("host", "w", "passed", null, 1.0, 1.0, List.of(g), List.of());
        return new RunRecord(RunRecord.SCHEMA, 1, runId, "t0", "t1", suite, target, 1, Map.of(), List.of(c));
    }

    @Test
    void keepsRunsOldestFirstAndSelectsBySuiteAndTarget() {
        ResultsHistory history = new ResultsHistory(dir, log::add);
        history.add(run("20261120-010000-aaaa", "smoke", "local", 1));
        history.add(run("20261122-010000-aaaa", "smoke", "local", 3));
        history.add(run("20261121-010000-aaaa", "smoke", "local", 2));
        history.add(run("20261121-020000-aaaa", "storage", "local", 9));
        history.add(run("20261121-030000-aaaa", "smoke", "kubeconfig:lab", 9));

        assertThat(history.runs("smoke", "local")).extracting(RunRecord::runId).containsExactly(
                "20261120-010000-aaaa", "20261121-010000-aaaa", "20261122-010000-aaaa");
    }

    @Test
    void dropsTheOldestBeyondTheLimitAndSkipsUnreadableFilesWithAWarning() throws Exception {
        ResultsHistory history = new ResultsHistory(dir, log::add);
        for (int i = 0; i < ResultsHistory.KEEP + 2; i++) {
            history.add(run(String.format("20261101-%06d-aaaa", i), "smoke", "local", i));
        }
        Files.writeString(dir.resolve("zz-broken.json"), "{not json");

        List<RunRecord> runs = history.runs("smoke", "local");

        assertThat(runs).hasSize(ResultsHistory.KEEP);
        assertThat(runs.get(0).runId()).isEqualTo("20261101-000002-aaaa");
        assertThat(log).singleElement().asString().contains("zz-broken.json");
    }
}
