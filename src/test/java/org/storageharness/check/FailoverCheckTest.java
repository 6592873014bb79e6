package org.storageharness.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.check.FakeLab.Planted;
import org.storageharness.testing.RequiresFio;

/**
 * The failover check on the fake lab: a replica fault during a running writer, the volume degraded for a second, then
 * the golden data written before the fault must verify.
 */
@RequiresFio
class FailoverCheckTest {

    @TempDir
    Path dir;

    private CheckOutcome check(FaultPermission permission, Planted... planted) throws InterruptedException {
        return FakeChecks.outcome(dir, lab -> new FailoverCheck(lab, FakeChecks.SPEC, FakeChecks.ENGINE,
                dir.resolve("steps"), CheckSteps.NONE, FakeChecks.GENERATION, permission).run(), planted);
    }

    @Test
    void passesWhenAReplicaFaultLosesNothingAndTheVolumeHeals() throws Exception {
        CheckOutcome outcome = check(FakeChecks.FAULTS);

        assertThat(outcome).isInstanceOfSatisfying(CheckOutcome.Done.class, done -> {
            assertThat(done.failures()).isEmpty();
            assertThat(done.metrics()).containsKeys("failover.stall_s", "failover.io_errors",
                    "failover.time_to_healthy_s");
            assertThat(done.notes()).contains("removed the copy of volume data-1 on node node-2");
        });
    }

    @Test
    void failsWithADataMismatchWhenAReplicaFaultLosesAcknowledgedWrites() throws Exception {
        CheckOutcome outcome = check(FakeChecks.FAULTS, Planted.REPLICA_FAULT_LOSES_ACKNOWLEDGED_WRITES);

        assertThat(outcome).isInstanceOfSatisfying(CheckOutcome.Done.class, done -> assertThat(done.failures())
                .singleElement().asString().startsWith("Data mismatch: fake · failover: the golden data written"
                        + " before the fault expected golden data of generation [005eed20]"));
    }

    @Test
    void isSkippedAndSaysHowToAllowFaultsWithoutTheUsersPermission() throws Exception {
        CheckOutcome outcome = check(FaultPermission.NONE);

        assertThat(outcome).isInstanceOfSatisfying(CheckOutcome.Skipped.class,
                s -> assertThat(s.reason()).contains("-Dfaults=allow", "-Dfaults.nodes"));
    }
}
