package org.storageharness.run;

import java.nio.file.Path;
import java.util.Optional;
import org.storageharness.fio.FioExecution;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.WorkloadSpec;
import org.storageharness.platform.EngineSupport;
import org.storageharness.platform.KeptRuns;

/** Data kept on an engine beyond the run (the upgrade gate's golden data), with its evidence attached. */
public final class KeptData {

    private final EngineSupport engines;
    private final KeptRuns kept;
    private final Path dir;

    <P extends EngineSupport & KeptRuns> KeptData(P platform, Path dir) {
        this.engines = platform;
        this.kept = platform;
        this.dir = dir;
    }

    /** Why {@code engine} cannot run on this target, or empty. */
    public Optional<String> skipReason(EngineSpec engine) {
        return engines.skipReason(engine).or(() -> engine.nodeVolume().map(n -> "engine [" + engine.id() + "] is a"
                + " node baseline (" + n.describe() + "): it has no volume to keep across an upgrade"));
    }

    /** Runs {@code workload} on the engine's kept volume, attaching its evidence whatever the outcome. */
    public FioExecution run(EngineSpec engine, WorkloadSpec workload, EvidenceSink evidence)
            throws InterruptedException {
        Path caseDir = dir.resolve(engine.id()).resolve(workload.id());
        try {
            return kept.runKept(engine, workload, caseDir);
        } finally {
            EvidenceFiles.attach(evidence, caseDir);
        }
    }

    public void drop(EngineSpec engine) {
        kept.dropKept(engine);
    }
}
