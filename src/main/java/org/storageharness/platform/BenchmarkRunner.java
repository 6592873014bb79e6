package org.storageharness.platform;

import java.nio.file.Path;
import org.storageharness.fio.FioExecution;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.WorkloadSpec;

/** Runs a benchmark case's fio on an engine's volume, which the platform removes when the run ends. */
public interface BenchmarkRunner {

    /**
     * Makes the engine's volume ready for {@code workload} before its repetitions run: claimed, bound and pre-filled
     * where the platform does that (a cluster); nothing here by default (the local host, where fio lays out its data
     * file at the start of each run). Cluster state goes into {@code caseDir} when it fails.
     */
    default void prepare(EngineSpec engine, WorkloadSpec workload, Path caseDir) throws InterruptedException {
    }

    /**
     * Runs {@code workload} on {@code engine}. The job file and fio's output are written into {@code caseDir}
     * (as {@link Platform.Evidence} files) whatever the outcome, fio's logs over time into its
     * {@link Platform.Evidence#LOGS_DIR}.
     */
    FioExecution run(EngineSpec engine, WorkloadSpec workload, Path caseDir) throws InterruptedException;
}
