package org.storageharness.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.run.CheckStepEvidence;
import org.storageharness.testing.RecordingSink;
import org.storageharness.testing.RequiresFio;

/** A check's phases as the report's steps on the fake lab: each with its own evidence, the broken promise red. */
@RequiresFio
class CheckStepTreeTest {

    @TempDir
    Path dir;

    private final RecordingSink sink = new RecordingSink(new ArrayList<>());

    private CheckOutcome.Done snapshotCheck(FakeLab.Planted... planted) throws InterruptedException {
        Path steps = dir.resolve("steps");
        CheckStepEvidence evidence = new CheckStepEvidence(sink, steps);
        try {
            return FakeChecks.done(dir, lab -> new SnapshotCheck(lab, FakeChecks.SPEC, FakeChecks.ENGINE, steps,
                    evidence, FakeChecks.GENERATION).run(), planted);
        } finally {
            evidence.attachRest();
        }
    }

    @Test
    void everyPhaseOfAPassingSnapshotCheckIsAStepWithItsOwnEvidence() throws Exception {
        CheckOutcome.Done done = snapshotCheck();

        assertThat(done.passed()).isTrue();
        assertThat(sink.tree()).containsExactly(
                "step write generation A [passed]", "  job.fio", "  fio-output.json",
                "step snapshot of the source [passed]",
                "step write generation B over the source [passed]", "  job.fio", "  fio-output.json",
                "step restore the snapshot [passed]",
                "step verify restore holds A [passed]", "  job.fio", "  fio-output.json",
                "step verify source holds B [passed]", "  job.fio", "  fio-output.json",
                "step snapshot of the restore [passed]",
                "step restore the snapshot of the restore [passed]",
                "step verify restore of the restore holds A [passed]", "  job.fio", "  fio-output.json");
    }

    @Test
    void theFailoverWritersEvidenceGoesWithTheFaultStepThatAwaitedIt() throws Exception {
        Path steps = dir.resolve("steps");
        CheckStepEvidence evidence = new CheckStepEvidence(sink, steps);
        CheckOutcome outcome = FakeChecks.outcome(dir, lab -> new FailoverCheck(lab, FakeChecks.SPEC,
                FakeChecks.ENGINE, steps, evidence, FakeChecks.GENERATION, FakeChecks.FAULTS).run());

        assertThat(outcome).isInstanceOfSatisfying(CheckOutcome.Done.class, d -> assertThat(d.passed()).isTrue());
        assertThat(sink.tree()).filteredOn(line -> line.startsWith("step ")).containsExactly(
                "step write golden data [passed]", "step writer on node-1 [passed]", "step fault [passed]",
                "step verify golden data after the fault [passed]");
        assertThat(sink.tree()).containsSubsequence("step writer on node-1 [passed]", "  job.fio",
                "step fault [passed]", "  02-writer-on-node-1 fio-output.json",
                "  02-writer-on-node-1 iops-per-second.csv", "  health-timeline.txt",
                "step verify golden data after the fault [passed]");
    }

    @Test
    void theVerificationThatFindsLiveDataInARestoreIsTheRedStep() throws Exception {
        CheckOutcome.Done done = snapshotCheck(FakeLab.Planted.SNAPSHOT_SERVES_LIVE_DATA);

        assertThat(done.failures()).hasSize(2).allSatisfy(f -> assertThat(f).startsWith("Data mismatch:"));
        List<String> steps = sink.tree().stream().filter(line -> line.startsWith("step ")).toList();
        assertThat(steps).hasSize(9).filteredOn(line -> line.endsWith("[passed]")).hasSize(7);
        assertThat(steps.get(4)).startsWith("step verify restore holds A [failed: Data mismatch: fake · snapshot: the"
                + " volume restored from the snapshot expected golden data of generation [005eed20]");
        assertThat(steps.get(8)).startsWith("step verify restore of the restore holds A [failed: Data mismatch:");
        assertThat(sink.tree()).as("the red step keeps fio's job, report and messages").containsSubsequence(
                steps.get(4), "  job.fio", "  fio-output.json", "  fio-output.json.stderr", steps.get(5));
    }
}
