package org.storageharness.junit;

import io.qameta.allure.Allure;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.storageharness.gate.UpgradeGate;
import org.storageharness.report.AllureEvidence;
import org.storageharness.report.AllureLabels;
import org.storageharness.run.RunSession;
import org.storageharness.suite.EngineSpec;

/** Runs the upgrade gate's step for one engine inside a test: passed, failed (Data mismatch) or skipped. */
public final class UpgradeGateTests {

    private UpgradeGateTests() {
    }

    public static void step(RunSession session, EngineSpec engine) throws InterruptedException {
        Allure.getLifecycle().updateTestCase(tc -> tc.setName("upgrade gate · " + engine.id()));
        AllureLabels.upgradeGate(session.suite().name(), engine.id()).applyToRunningTest();
        session.kept().skipReason(engine).ifPresent(Assumptions::abort);
        AllureEvidence evidence = new AllureEvidence();
        evidence.parameter("engine", engine.id());
        evidence.parameter("target", session.targetId());
        UpgradeGate.Step step = gate(session).step(session, engine, evidence);
        System.out.println("[storage-harness] upgrade gate · " + engine.id() + ": " + step.phase() + ", "
                + step.message());
        Allure.description(step.phase() + ": " + step.message());
        if (step.failure() != null) {
            Assertions.fail(step.failure());
        }
    }

    private static UpgradeGate gate(RunSession session) {
        Path basedir = Path.of(System.getProperty("harness.basedir", ".")).toAbsolutePath();
        String state = System.getProperty("gate.state", ".upgrade-gate/" + session.suite().name() + ".json");
        return new UpgradeGate(basedir.resolve(state));
    }
}
