package org.storageharness.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.storageharness.fio.FioFailure;

/** The upgrade gate's verdicts without fio: what seeding, verifying and a failed verification mean. */
class UpgradeGateTest {

    private static final UpgradeState.Seed SEED = new UpgradeState.Seed("local", "host", 0x2a,
            UpgradeGate.GOLDEN_BYTES, "run-1", "2026-11-22T00:00:00Z");

    @Test
    void aFailedVerificationIsADataMismatchNamingTheEngineAndTheSeedingRun() {
        FioFailure failure = new FioFailure("fio failed", 1, null, "verify: bad pattern block offset 4096");

        UpgradeGate.Step step = UpgradeGate.mismatch(SEED, failure);

        assertThat(step.phase()).isEqualTo("verified");
        assertThat(step.failure()).startsWith("Data mismatch: host · upgrade gate (seeded by run run-1)")
                .contains("[0000002a]");
        assertThat(step.message()).contains("kept for inspection");
    }

    @Test
    void fioFailingForAnotherReasonIsNotAVerdictOnTheData() {
        FioFailure failure = new FioFailure("fio failed", 1, null, "No space left on device");

        assertThatThrownBy(() -> UpgradeGate.mismatch(SEED, failure)).isSameAs(failure);
    }

    @Test
    void verifiedDataPassesAndNamesTheRunThatWroteIt() {
        UpgradeGate.Step step = UpgradeGate.verified(SEED);

        assertThat(step.failure()).isNull();
        assertThat(step.message()).contains("run run-1", "verified on host");
    }

    @Test
    void goldenDataHasTheGateSizeAndASeedGivesBackItsOwnGeneration() {
        assertThat(UpgradeGate.freshGoldenData().sizeBytes()).isEqualTo(UpgradeGate.GOLDEN_BYTES);
        assertThat(UpgradeGate.goldenData(SEED).generation()).isEqualTo(0x2a);
    }
}
