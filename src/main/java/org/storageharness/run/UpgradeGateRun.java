package org.storageharness.run;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.storageharness.check.GoldenData;
import org.storageharness.fio.FioFailure;
import org.storageharness.gate.UpgradeGate;
import org.storageharness.gate.UpgradeState;
import org.storageharness.gate.UpgradeStateFile;
import org.storageharness.suite.EngineSpec;

/**
 * Runs the engine-upgrade gate on an engine's kept volume, each phase a step of the report: the first run seeds golden
 * data and records it in the state file; the run after the upgrade verifies it and, once it verified, drops the volume
 * and the record. Data that did not verify stays for inspection, and its verify step fails. {@link UpgradeGate} says
 * what each outcome means.
 */
public final class UpgradeGateRun {

    private final UpgradeStateFile state;

    public UpgradeGateRun(UpgradeStateFile state) {
        this.state = Objects.requireNonNull(state, "state");
    }

    /** Seeds when the engine has no golden data on this target yet, verifies when it has. */
    public synchronized UpgradeGate.Step step(RunSession session, EngineSpec engine, EvidenceSink evidence)
            throws InterruptedException {
        Optional<UpgradeState.Seed> seed = state.seed(session.targetId(), engine.id());
        if (seed.isEmpty()) {
            return seed(session, engine, evidence);
        }
        return verify(session.kept(), engine, seed.get(), evidence);
    }

    private UpgradeGate.Step seed(RunSession session, EngineSpec engine, EvidenceSink evidence)
            throws InterruptedException {
        GoldenData golden = UpgradeGate.freshGoldenData();
        return evidence.step("seed golden data", () -> {
            session.kept().run(engine, golden.seed(), evidence);
            state.add(new UpgradeState.Seed(session.targetId(), engine.id(), golden.generation(), golden.sizeBytes(),
                    session.runId(), Instant.now().toString()));
            return UpgradeGate.seeded(engine.id(), golden);
        });
    }

    /** Verifies as one step (failed on a mismatch), then drops the data as the next, once it verified. */
    private UpgradeGate.Step verify(KeptData kept, EngineSpec engine, UpgradeState.Seed seed, EvidenceSink evidence)
            throws InterruptedException {
        UpgradeGate.Step verified = JudgedStep.run(evidence, "verify golden data",
                () -> verifyOnce(kept, engine, seed, evidence), UpgradeGate.Step::failure);
        if (verified.failure() != null) {
            return verified;
        }
        return evidence.step("drop the kept volume", () -> {
            kept.drop(engine);
            state.remove(seed);
            return verified;
        });
    }

    private static UpgradeGate.Step verifyOnce(KeptData kept, EngineSpec engine, UpgradeState.Seed seed,
                                               EvidenceSink evidence) throws InterruptedException {
        try {
            kept.run(engine, UpgradeGate.goldenData(seed).verify(), evidence);
            return UpgradeGate.verified(seed);
        } catch (FioFailure f) {
            return UpgradeGate.mismatch(seed, f);
        }
    }
}
