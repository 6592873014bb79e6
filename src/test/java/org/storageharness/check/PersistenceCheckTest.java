package org.storageharness.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.check.FakeLab.Planted;
import org.storageharness.testing.RequiresFio;

/** The persistence check on the fake lab: data written on one node must be read back by a new pod on another. */
@RequiresFio
class PersistenceCheckTest {

    @TempDir
    Path dir;

    private CheckOutcome.Done check(Planted... planted) throws InterruptedException {
        return FakeChecks.done(dir, lab -> new PersistenceCheck(lab, FakeChecks.SPEC, FakeChecks.ENGINE, dir.resolve("steps"),
                CheckSteps.NONE, FakeChecks.GENERATION).run(), planted);
    }

    @Test
    void passesWhenANewPodOnAnotherNodeReadsTheSameData() throws Exception {
        CheckOutcome.Done done = check();

        assertThat(done.failures()).isEmpty();
        assertThat(done.metrics()).containsKey("persistence.restart_s");
        assertThat(done.notes()).contains("written on node [node-1], read back on node [node-2]");
    }

    @Test
    void failsWithADataMismatchWhenAMovedVolumeLosesItsData() throws Exception {
        CheckOutcome.Done done = check(Planted.MOVED_VOLUME_LOSES_DATA);

        assertThat(done.failures()).singleElement().asString()
                .startsWith("Data mismatch: fake · persistence: the volume read by a new pod on node [node-2] expected"
                        + " golden data of generation [005eed20]");
    }

    @Test
    void passesOnTheFaultsThatOtherChecksOwn() throws Exception {
        CheckOutcome.Done done = check(Planted.SNAPSHOT_SERVES_LIVE_DATA, Planted.RESTORE_LOSES_LAST_WRITES,
                Planted.REPLICA_FAULT_LOSES_ACKNOWLEDGED_WRITES);

        assertThat(done.failures()).isEmpty();
    }
}
