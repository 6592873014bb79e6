package org.storageharness.run;

import java.nio.file.Path;
import java.util.Optional;
import org.storageharness.fio.FioExecution;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.WorkloadSpec;
import org.storageharness.platform.Platform;

/** Data kept on an engine beyond the run (the upgrade gate's golden data), with its evidence attached. */
public final class KeptData {

    private final Platform target;
    private final Path dir;

    KeptData(Platform target, Path dir) {
        this.target = target;
        this.dir = dir;
    }

    /** Why {@code engine} cannot run on this target, or empty. */
    public Optional<String> skipReason(EngineSpec engine) {
        return target.skipReason(engine);
    }

    /** Runs {@code workload} on the engine's kept volume, attaching its evidence whatever the outcome. */
    public FioExecution run(EngineSpec engine, WorkloadSpec workload, EvidenceSink evidence)
            throws InterruptedException {
        Path caseDir = dir.resolve(engine.id()).resolve(workload.id());
        try {
            return target.runKept(engine, workload, caseDir);
        } finally {
            EvidenceFiles.attach(evidence, caseDir, "");
        }
    }

    public void drop(EngineSpec engine) {
        target.dropKept(engine);
    }
}
