package org.storageharness.platform.kube;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.KubeOptions;
import org.storageharness.suite.KubeVolume;
import org.storageharness.suite.Suite;
import org.storageharness.suite.TargetKind;
import org.storageharness.suite.Threshold;
import org.storageharness.suite.WorkloadSpec;

/** Small Kubernetes suites for the simulated cluster: one engine, one 1-second workload, short bounds. */
final class SimulatedSuites {

    private SimulatedSuites() {
    }

    static EngineSpec engine(String storageClass) {
        return new EngineSpec("sim", "generic", "", null, KubeVolume.of(storageClass));
    }

    static WorkloadSpec workload(int fanOut) {
        return workload(fanOut, 1);
    }

    static WorkloadSpec workload(int fanOut, int seconds) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("rw", "randrw");
        options.put("bs", "4k");
        options.put("size", "8m");
        options.put("ioengine", "psync");
        options.put("time_based", "1");
        options.put("runtime", seconds + "s");
        return new WorkloadSpec("rw" + seconds + "s", "", options, null, Duration.ofSeconds(seconds), fanOut);
    }

    static Suite suite(String storageClass, int fanOut, List<Threshold> thresholds) {
        return suite(storageClass, workload(fanOut), thresholds);
    }

    static Suite suite(String storageClass, WorkloadSpec workload, List<Threshold> thresholds) {
        KubeOptions kube = new KubeOptions(List.of(), null, "sim/fio:3.33", Map.of(), null, null,
                Duration.ofSeconds(4), null);
        return new Suite("sim", Path.of("suites/sim.yaml"), "", TargetKind.KUBECONFIG, List.of(engine(storageClass)),
                List.of(workload), thresholds, 1, kube);
    }

    static Suite suite(String storageClass) {
        return suite(storageClass, 1, List.of());
    }
}
