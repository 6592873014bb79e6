package org.storageharness.suites;

import org.junit.jupiter.params.ParameterizedTest;
import org.storageharness.junit.EnginesForCheck;
import org.storageharness.junit.CheckTests;
import org.storageharness.junit.StorageSuite;
import org.storageharness.run.RunSession;
import org.storageharness.suite.CheckKind;
import org.storageharness.suite.EngineSpec;

/**
 * The suite's correctness checks ({@code checks.run}) on every engine: snapshot restore, persistence, failover, clone,
 * online expansion.
 */
@StorageSuite
class CorrectnessIT {

    @ParameterizedTest(name = "snapshot · {0}", allowZeroInvocations = true)
    @EnginesForCheck(CheckKind.SNAPSHOT)
    void snapshotRestore(EngineSpec engine, RunSession session) throws InterruptedException {
        CheckTests.run(session, engine, CheckKind.SNAPSHOT);
    }

    @ParameterizedTest(name = "persistence · {0}", allowZeroInvocations = true)
    @EnginesForCheck(CheckKind.PERSISTENCE)
    void persistence(EngineSpec engine, RunSession session) throws InterruptedException {
        CheckTests.run(session, engine, CheckKind.PERSISTENCE);
    }

    @ParameterizedTest(name = "failover · {0}", allowZeroInvocations = true)
    @EnginesForCheck(CheckKind.FAILOVER)
    void replicaFailover(EngineSpec engine, RunSession session) throws InterruptedException {
        CheckTests.run(session, engine, CheckKind.FAILOVER);
    }

    @ParameterizedTest(name = "clone · {0}", allowZeroInvocations = true)
    @EnginesForCheck(CheckKind.CLONE)
    void pvcClone(EngineSpec engine, RunSession session) throws InterruptedException {
        CheckTests.run(session, engine, CheckKind.CLONE);
    }

    @ParameterizedTest(name = "expansion · {0}", allowZeroInvocations = true)
    @EnginesForCheck(CheckKind.EXPANSION)
    void onlineExpansion(EngineSpec engine, RunSession session) throws InterruptedException {
        CheckTests.run(session, engine, CheckKind.EXPANSION);
    }
}
