package org.storageharness.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.check.FakeLab.Planted;
import org.storageharness.engine.Capabilities;
import org.storageharness.engine.EngineTraits;
import org.storageharness.suite.EngineSpec;
import org.storageharness.testing.RequiresFio;

/** The clone check on the fake lab: it passes on real copies and catches a clone that shares its source's blocks. */
@RequiresFio
class CloneCheckTest {

    @TempDir
    Path dir;

    private CheckOutcome check(EngineSpec engine, Planted... planted) throws InterruptedException {
        return FakeChecks.outcome(dir, lab -> new CloneCheck(lab, FakeChecks.SPEC, engine, dir.resolve("steps"),
                CheckSteps.NONE, FakeChecks.GENERATION).run(), planted);
    }

    @Test
    void passesWhenClonesAreCopiesOfTheirSource() throws Exception {
        CheckOutcome.Done done = (CheckOutcome.Done) check(FakeChecks.ENGINE);

        assertThat(done.failures()).isEmpty();
        assertThat(done.metrics()).containsKey("clone.bound_s");
        assertThat(done.metrics().get("clone.bound_s")).isGreaterThanOrEqualTo(0.0);
    }

    @Test
    void failsWithADataMismatchOnTheCloneWhenItSharesBlocksWithItsSource() throws Exception {
        CheckOutcome.Done done = (CheckOutcome.Done) check(FakeChecks.ENGINE, Planted.CLONE_SHARES_BLOCKS);

        assertThat(done.failures()).hasSize(2);
        assertThat(done.failures().get(0)).startsWith("Data mismatch: fake · clone: the clone after its source was"
                + " overwritten expected golden data of generation [005eed20]");
        assertThat(done.failures().get(1)).startsWith("Data mismatch: fake · clone: the clone of the clone");
    }

    @Test
    void passesOnTheFaultsThatOtherChecksOwn() throws Exception {
        CheckOutcome.Done done = (CheckOutcome.Done) check(FakeChecks.ENGINE, Planted.SNAPSHOT_SERVES_LIVE_DATA,
                Planted.RESIZE_DAMAGES_DATA, Planted.RESIZE_DOES_NOT_GROW);

        assertThat(done.failures()).isEmpty();
    }

    @Test
    void isSkippedWithTheReasonWhenTheEngineCannotClone() throws Exception {
        EngineSpec engine = new EngineSpec("plain", "local-path", "no clones", null, null, "", new EngineTraits("none",
                new Capabilities(false, 1, false, false, false, false), null, Map.of(), false, "", Map.of(),
                Duration.ofSeconds(10), Duration.ofSeconds(20)));

        assertThat(check(engine)).isEqualTo(new CheckOutcome.Skipped("engine [plain] of kind [local-path] cannot"
                + " clone a PersistentVolumeClaim (engine catalog); if yours can, set [capabilities: {clone: true}] on"
                + " the engine"));
    }
}
