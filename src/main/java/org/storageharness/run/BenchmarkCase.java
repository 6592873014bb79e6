package org.storageharness.run;

import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.WorkloadSpec;

/** One cell of the matrix: a workload on an engine. Its string form is the display name. */
public record BenchmarkCase(EngineSpec engine, WorkloadSpec workload) {

    /** {@code longhorn-v1 · randrw-4k-qd16x8}; a point of a sweep {@code host · randrw-4k-sweep · qd16}. */
    public String name() {
        return engine.id() + " · " + workload.displayName();
    }

    @Override
    public String toString() {
        return name();
    }
}
