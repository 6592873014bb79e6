package org.storageharness.gate;

import java.security.SecureRandom;
import org.storageharness.check.GoldenData;
import org.storageharness.fio.FioFailure;

/**
 * The engine-upgrade gate's verdicts ({@code -Dgate=upgrade}): golden data seeded on each engine's kept volume before
 * the upgrade must verify on the new version after it. A mismatch is a {@code Data mismatch:} failure. The run moves
 * the data ({@code run.UpgradeGateRun}); {@link UpgradeStateFile} remembers what was seeded between the two runs.
 */
public final class UpgradeGate {

    /** Golden data size: enough blocks to cross many extents, small enough for every engine. */
    public static final long GOLDEN_BYTES = 64L << 20;

    private UpgradeGate() {
    }

    /**
     * What the step did for one engine.
     *
     * @param failure {@code Data mismatch: ...} when the golden data did not verify, else null
     */
    public record Step(String phase, String message, String failure) {
    }

    /** Golden data of a random generation, so that nothing fio wrote on the volume before can pass for it. */
    public static GoldenData freshGoldenData() {
        return new GoldenData(new SecureRandom().nextInt(Integer.MAX_VALUE), GOLDEN_BYTES);
    }

    /** The golden data {@code seed} records. */
    public static GoldenData goldenData(UpgradeState.Seed seed) {
        return new GoldenData(seed.generation(), seed.sizeBytes());
    }

    /** {@code golden} was written on {@code engine} and kept: the run before the upgrade is done. */
    public static Step seeded(String engine, GoldenData golden) {
        return new Step("seeded", "golden data of generation " + golden.generation() + " written on " + engine
                + " and kept; upgrade the engine, then run again with -Dgate=upgrade to verify it", null);
    }

    /** The golden data of {@code seed} read back after the upgrade; the run has removed it. */
    public static Step verified(UpgradeState.Seed seed) {
        return new Step("verified", "golden data written by run " + seed.runId() + " before the upgrade verified on "
                + seed.engine() + "; removed", null);
    }

    /**
     * The golden data of {@code seed} did not read back: a {@code Data mismatch:} when fio's verification failed.
     *
     * @throws FioFailure {@code failure} itself when fio failed for another reason (a harness or cluster problem, so
     *                    the case is broken rather than failed)
     */
    public static Step mismatch(UpgradeState.Seed seed, FioFailure failure) {
        String where = seed.engine() + " · upgrade gate (seeded by run " + seed.runId() + ")";
        return new Step("verified", "golden data did not verify; it is kept for inspection",
                goldenData(seed).mismatch(where, failure).orElseThrow(() -> failure));
    }
}
