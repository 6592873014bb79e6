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

/**
 * The expansion check on the fake lab (a volume is a file, its device size the file's length): it passes when the
 * volume grows and keeps its data, and catches a resize that does not grow the volume and one that damages old data.
 */
@RequiresFio
class ExpansionCheckTest {

    @TempDir
    Path dir;

    private CheckOutcome check(EngineSpec engine, Planted... planted) throws InterruptedException {
        return FakeChecks.outcome(dir, lab -> new ExpansionCheck(lab, FakeChecks.SPEC, engine, dir.resolve("steps"),
                CheckSteps.NONE, FakeChecks.GENERATION).run(), planted);
    }

    @Test
    void passesWhenTheVolumeGrowsAndKeepsItsData() throws Exception {
        CheckOutcome.Done done = (CheckOutcome.Done) check(FakeChecks.ENGINE);

        assertThat(done.failures()).isEmpty();
        assertThat(done.metrics()).containsKey("expansion.done_s");
        assertThat(done.notes()).anySatisfy(n -> assertThat(n).contains("block device size seen in the pods: 4194304 B"
                + " before, 12582912 B after"));
        assertThat(dir.resolve("steps")).isDirectoryContaining(p -> p.getFileName().toString()
                .equals("05-write-generation-b-beyond-the-old-size"));
    }

    @Test
    void failsAThresholdWhenTheResizeIsReportedDoneButTheVolumeDidNotGrow() throws Exception {
        CheckOutcome.Done done = (CheckOutcome.Done) check(FakeChecks.ENGINE, Planted.RESIZE_DOES_NOT_GROW);

        assertThat(done.failures()).containsExactly("Threshold violated: fake · expansion: the block device inside"
                + " the pod reports [4194304 B] after the claim grew from [4 MiB] to [12 MiB] and the resize was"
                + " reported done; at least [10485760 B] expected (the old size [4194304 B] plus 3/4 of the growth):"
                + " the block device did not grow");
    }

    @Test
    void failsWithADataMismatchWhenTheResizeDamagesOldData() throws Exception {
        CheckOutcome.Done done = (CheckOutcome.Done) check(FakeChecks.ENGINE, Planted.RESIZE_DAMAGES_DATA);

        assertThat(done.failures()).singleElement().asString().startsWith("Data mismatch: fake · expansion: the"
                + " volume after it grew expected golden data of generation [005eed20]");
    }

    @Test
    void passesOnTheFaultsThatOtherChecksOwn() throws Exception {
        CheckOutcome.Done done = (CheckOutcome.Done) check(FakeChecks.ENGINE, Planted.CLONE_SHARES_BLOCKS,
                Planted.MOVED_VOLUME_LOSES_DATA);

        assertThat(done.failures()).isEmpty();
    }

    @Test
    void isSkippedWithTheReasonWhenTheEngineCannotExpand() throws Exception {
        EngineSpec engine = new EngineSpec("plain", "local-path", "fixed size", null, null, "", new EngineTraits(
                "none", new Capabilities(false, 1, false, false, false, false), null, Map.of(), false, "", Map.of(),
                Duration.ofSeconds(10), Duration.ofSeconds(20)));

        assertThat(check(engine)).isEqualTo(new CheckOutcome.Skipped("engine [plain] of kind [local-path] cannot"
                + " expand volumes (engine catalog); if yours can, set [capabilities: {expansion: true}] on the"
                + " engine"));
    }
}
