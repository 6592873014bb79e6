package org.storageharness.platform;

import java.nio.file.Path;
import org.storageharness.fio.FioExecution;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.WorkloadSpec;

/** fio on an engine's <em>kept</em> volume: data that must outlive the run (the upgrade gate's golden data). */
public interface KeptRuns {

    /**
     * Runs {@code workload} on the engine's kept volume: created on first use and left in place when the run ends.
     * Evidence goes into {@code caseDir} as for {@link BenchmarkRunner#run}.
     */
    FioExecution runKept(EngineSpec engine, WorkloadSpec workload, Path caseDir) throws InterruptedException;

    /** Removes the engine's kept volume, if there is one. */
    void dropKept(EngineSpec engine);
}
