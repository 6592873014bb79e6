package org.storageharness.junit;

import io.qameta.allure.Allure;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.storageharness.gate.UpgradeGate;
import org.storageharness.gate.UpgradeStateFile;
import org.storageharness.report.AllureEvidence;
import org.storageharness.report.AllureLabels;
import org.storageharness.run.RunSession;
import org.storageharness.run.UpgradeGateRun;
import org.storageharness.settings.RunSettings;
import org.storageharness.suite.EngineSpec;

/** Runs the upgrade gate's step for one engine inside a test: passed, failed (Data mismatch) or skipped. */
public final class UpgradeGateTests {

    private UpgradeGateTests() {
    }

    /** @param settings the run's settings: where the gate's record of golden data lives */
    public static void step(RunSession session, EngineSpec engine, RunSettings settings) throws InterruptedException {
        Allure.getLifecycle().updateTestCase(tc -> tc.setName("upgrade gate · " + engine.id()));
        AllureLabels.upgradeGate(session.suite().name(), engine.id()).applyToRunningTest();
        session.stops().skipReason().or(() -> session.kept().skipReason(engine)).ifPresent(Assumptions::abort);
        AllureEvidence evidence = new AllureEvidence();
        evidence.parameter("engine", engine.id());
        evidence.parameter("target", session.targetId());
        UpgradeGateRun gate = new UpgradeGateRun(new UpgradeStateFile(settings.gate().stateFile(session.suite().name())));
        UpgradeGate.Step step = session.stops().run("upgrade gate · " + engine.id(),
                () -> gate.step(session, engine, evidence));
        session.log().accept("upgrade gate · " + engine.id() + ": " + step.phase() + ", " + step.message());
        Allure.description(step.phase() + ": " + step.message());
        if (step.failure() != null) {
            Assertions.fail(step.failure());
        }
    }
}
