package org.storageharness.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.storageharness.check.FakeLab.Planted;
import org.storageharness.testing.RequiresFio;

/** The snapshot check on the fake lab: it passes on point-in-time copies and catches each broken snapshot promise. */
@RequiresFio
class SnapshotCheckTest {

    @TempDir
    Path dir;

    private CheckOutcome.Done check(Planted... planted) throws InterruptedException {
        return FakeChecks.done(dir, lab -> new SnapshotCheck(lab, FakeChecks.SPEC, FakeChecks.ENGINE, dir.resolve("steps"),
                CheckSteps.NONE, FakeChecks.GENERATION).run(), planted);
    }

    @Test
    void passesWhenRestoresHoldTheDataOfTheMomentOfTheSnapshot() throws Exception {
        CheckOutcome.Done done = check();

        assertThat(done.failures()).isEmpty();
        assertThat(done.metrics()).containsKeys("snapshot.ready_s", "restore.bound_s", "snapshot2.ready_s");
    }

    @ParameterizedTest
    @EnumSource(names = {"SNAPSHOT_SERVES_LIVE_DATA", "RESTORE_LOSES_LAST_WRITES"})
    void failsWithADataMismatchOnTheRestoreWhenTheSnapshotIsNotPointInTime(Planted planted) throws Exception {
        CheckOutcome.Done done = check(planted);

        assertThat(done.failures()).first().asString().startsWith("Data mismatch: fake · snapshot: the volume restored"
                + " from the snapshot expected golden data of generation [005eed20]");
    }

    @Test
    void passesOnTheFaultsThatOtherChecksOwn() throws Exception {
        CheckOutcome.Done done = check(Planted.MOVED_VOLUME_LOSES_DATA, Planted.REPLICA_FAULT_LOSES_ACKNOWLEDGED_WRITES);

        assertThat(done.failures()).isEmpty();
    }
}
