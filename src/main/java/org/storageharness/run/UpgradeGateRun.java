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
 * Runs the engine-upgrade gate on an engine's kept volume: the first run seeds golden data and records it in the
 * state file; the run after the upgrade verifies it and, once it verified, drops the volume and the record. Data
 * that did not verify stays for inspection. {@link UpgradeGate} says what each outcome means.
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
        session.kept().run(engine, golden.seed(), evidence);
        state.add(new UpgradeState.Seed(session.targetId(), engine.id(), golden.generation(), golden.sizeBytes(),
                session.runId(), Instant.now().toString()));
        return UpgradeGate.seeded(engine.id(), golden);
    }

    private UpgradeGate.Step verify(KeptData kept, EngineSpec engine, UpgradeState.Seed seed, EvidenceSink evidence)
            throws InterruptedException {
        try {
            kept.run(engine, UpgradeGate.goldenData(seed).verify(), evidence);
        } catch (FioFailure f) {
            return UpgradeGate.mismatch(seed, f);
        }
        kept.drop(engine);
        state.remove(seed);
        return UpgradeGate.verified(seed);
    }
}
