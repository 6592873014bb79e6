package org.storageharness.platform;

import java.nio.file.Path;
import org.storageharness.fio.FioExecution;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.WorkloadSpec;

/** Runs a benchmark case's fio on an engine's volume, which the platform removes when the run ends. */
public interface BenchmarkRunner {

    /**
     * Runs {@code workload} on {@code engine}. The job file and fio's output are written into {@code caseDir}
     * (as {@link Platform.Evidence} files) whatever the outcome.
     */
    FioExecution run(EngineSpec engine, WorkloadSpec workload, Path caseDir) throws InterruptedException;
}
