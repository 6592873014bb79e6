package org.storageharness.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.Suite;
import org.storageharness.suite.TargetKind;
import org.storageharness.suite.WorkloadSpec;

/** Small suites and workloads for tests that run real fio for about a second. */
public final class TestSuites {

    private TestSuites() {
    }

    /** 1 s of 4 KiB random writes on a 4 MiB file, with the given {@code direct} setting. */
    public static WorkloadSpec workload(String direct) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("rw", "randwrite");
        options.put("bs", "4k");
        options.put("size", "4m");
        options.put("direct", direct);
        options.put("time_based", "1");
        options.put("runtime", "1s");
        return new WorkloadSpec("w", "", options, null, Duration.ofSeconds(1));
    }

    public static Suite suite(EngineSpec engine, WorkloadSpec workload) {
        return new Suite("t", Path.of("suites/t.yaml"), "", TargetKind.LOCAL, List.of(engine), List.of(workload),
                List.of(), 1);
    }
}
