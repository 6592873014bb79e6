package org.storageharness.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.results.RunRecord;

class BaselineFilesTest {

    @TempDir
    Path dir;

    private static RunRecord run(String runId, String target, String engine, double iops) {
        RunRecord.MetricRecord m = new RunRecord.MetricRecord("", iops, iops, iops, 0, List.of(iops));
        RunRecord.GroupRecord g = new RunRecord.GroupRecord(null, Map.of("write.iops", m), List.of());
        RunRecord.CaseRecord passed = new RunRecord.CaseRecord(engine, "w", "passed", null, 1.0, 1.0, List.of(g),
                List.of());
        RunRecord.CaseRecord skipped = new RunRecord.CaseRecord("other", "w", "skipped", "no", null, null, List.of(),
                List.of());
        return new RunRecord(RunRecord.SCHEMA, 1, runId, "t0", "t1", "s", target, 1, Map.of(),
                List.of(passed, skipped));
    }

    @Test
    void oneFileKeepsEveryTargetAndEngineAndANewRunReplacesOnlyItsOwnCases() {
        Path file = dir.resolve("homelab.json");
        BaselineFiles.update(file, run("r1", "kubeconfig:lab", "longhorn", 1000));
        BaselineFiles.update(file, run("r2", "local", "host", 5000));
        BaselineFiles.update(file, run("r3", "kubeconfig:lab", "longhorn", 1200));

        BaselineFile read = BaselineFiles.read(file);

        assertThat(read.entries()).extracting(e -> e.target() + " " + e.engine() + " " + e.runId() + " "
                + e.metrics().get("write.iops").median())
                .containsExactlyInAnyOrder("local host r2 5000.0", "kubeconfig:lab longhorn r3 1200.0");
    }
}
