package org.storageharness.suites;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.storageharness.junit.GateEngineArguments;
import org.storageharness.junit.StorageSuite;
import org.storageharness.junit.UpgradeGateTests;
import org.storageharness.run.RunSession;
import org.storageharness.settings.RunSettings;
import org.storageharness.suite.EngineSpec;

/** With {@code -Dgate=upgrade}: seed golden data on every engine before an upgrade, verify it after. */
@StorageSuite
class UpgradeGateIT {

    @ParameterizedTest(name = "upgrade gate · {0}", allowZeroInvocations = true)
    @ArgumentsSource(GateEngineArguments.class)
    void upgradeGate(EngineSpec engine, RunSession session, RunSettings settings) throws InterruptedException {
        UpgradeGateTests.step(session, engine, settings);
    }
}
