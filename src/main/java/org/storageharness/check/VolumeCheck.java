package org.storageharness.check;

import java.nio.file.Path;
import org.storageharness.suite.CheckKind;
import org.storageharness.suite.ChecksSpec;
import org.storageharness.suite.EngineSpec;

/** A correctness check on one engine, run in its own lab. */
public interface VolumeCheck {

    CheckOutcome run() throws InterruptedException;

    /**
     * The check of kind {@code kind}.
     *
     * @param dir where its steps' evidence goes
     * @param report where its steps go in the report
     * @param generation the generation of its first golden data set; unique per run, check and engine
     */
    static VolumeCheck of(CheckKind kind, VolumeLab lab, ChecksSpec spec, EngineSpec engine, Path dir,
                          CheckSteps report, int generation, FaultPermission permission) {
        return switch (kind) {
            case SNAPSHOT -> new SnapshotCheck(lab, spec, engine, dir, report, generation)::run;
            case PERSISTENCE -> new PersistenceCheck(lab, spec, engine, dir, report, generation)::run;
            case FAILOVER -> new FailoverCheck(lab, spec, engine, dir, report, generation, permission)::run;
            case CLONE -> new CloneCheck(lab, spec, engine, dir, report, generation)::run;
            case EXPANSION -> new ExpansionCheck(lab, spec, engine, dir, report, generation)::run;
        };
    }
}
