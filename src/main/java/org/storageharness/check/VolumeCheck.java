package org.storageharness.check;

import java.nio.file.Path;
import org.storageharness.suite.ChecksSpec;
import org.storageharness.suite.EngineSpec;

/** A correctness check on one engine, run in its own lab. */
public interface VolumeCheck {

    CheckOutcome run() throws InterruptedException;

    /**
     * The check named {@code name} (one of {@link ChecksSpec#KNOWN}).
     *
     * @param dir where its steps' evidence goes
     * @param generation the generation of its first golden data set; unique per run, check and engine
     */
    static VolumeCheck of(String name, VolumeLab lab, ChecksSpec spec, EngineSpec engine, Path dir, int generation,
                          FaultPermission permission) {
        return switch (name) {
            case "snapshot" -> new SnapshotCheck(lab, spec, engine, dir, generation)::run;
            case "persistence" -> new PersistenceCheck(lab, spec, engine, dir, generation)::run;
            case "failover" -> new FailoverCheck(lab, spec, engine, dir, generation, permission)::run;
            default -> throw new IllegalArgumentException("unknown check [" + name + "]; allowed: "
                    + ChecksSpec.KNOWN);
        };
    }
}
