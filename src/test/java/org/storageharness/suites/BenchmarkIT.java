package org.storageharness.suites;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.storageharness.junit.BenchmarkTests;
import org.storageharness.junit.StorageSuite;
import org.storageharness.junit.SuiteCases;
import org.storageharness.run.BenchmarkCase;
import org.storageharness.run.RunSession;

/** The benchmark matrix of the suite chosen with {@code -Dsuite}: every workload on every engine. */
@StorageSuite
class BenchmarkIT {

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(SuiteCases.class)
    void benchmark(BenchmarkCase benchmarkCase, RunSession session) throws InterruptedException {
        BenchmarkTests.benchmark(session, benchmarkCase);
    }
}
