package org.storageharness.suites;

import org.junit.jupiter.params.ParameterizedTest;
import org.storageharness.junit.CheckedEngines;
import org.storageharness.junit.Checks;
import org.storageharness.junit.StorageSuite;
import org.storageharness.run.RunSession;
import org.storageharness.suite.EngineSpec;

/** The suite's correctness checks ({@code checks.run}) on every engine: snapshot restore, persistence, failover. */
@StorageSuite
class CorrectnessIT {

    @ParameterizedTest(name = "snapshot · {0}", allowZeroInvocations = true)
    @CheckedEngines("snapshot")
    void snapshotRestore(EngineSpec engine, RunSession session) throws InterruptedException {
        Checks.run(session, engine, "snapshot");
    }

    @ParameterizedTest(name = "persistence · {0}", allowZeroInvocations = true)
    @CheckedEngines("persistence")
    void persistence(EngineSpec engine, RunSession session) throws InterruptedException {
        Checks.run(session, engine, "persistence");
    }

    @ParameterizedTest(name = "failover · {0}", allowZeroInvocations = true)
    @CheckedEngines("failover")
    void replicaFailover(EngineSpec engine, RunSession session) throws InterruptedException {
        Checks.run(session, engine, "failover");
    }
}
