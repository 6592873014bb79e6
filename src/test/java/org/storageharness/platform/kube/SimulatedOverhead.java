package org.storageharness.platform.kube;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.storageharness.run.BenchmarkCase;
import org.storageharness.run.CaseOutcome;
import org.storageharness.run.CaseResult;
import org.storageharness.run.RunSession;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.KubeOptions;
import org.storageharness.suite.Suite;
import org.storageharness.suite.TargetKind;
import org.storageharness.suite.WorkloadSpec;
import org.storageharness.testing.RecordingSink;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;

/**
 * Measurement, not a test: orchestration overhead (case wall time − fio I/O time) and API requests per case on the
 * simulated cluster, for fan-outs of 1 to 20 pods. Each fan-out runs the same workload {@code repeats + 1} times on
 * one engine; the first run also provisions and pre-fills the volumes and is reported apart.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.storageharness.platform.kube.SimulatedOverhead
 * [seconds] [repeats]}.
 */
public final class SimulatedOverhead {

    private SimulatedOverhead() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.out.println("fanOut | first case: overhead s, requests | later cases: median overhead s, median requests");
        for (int fanOut : List.of(1, 2, 5, 10, 20)) {
            measure(fanOut, seconds, repeats);
        }
    }

    private static void measure(int fanOut, int seconds, int repeats) throws Exception {
        Path dir = Files.createTempDirectory("sim-overhead-");
        EngineSpec engine = SimulatedSuites.engine("sim-fast");
        WorkloadSpec w = SimulatedSuites.workload(fanOut, seconds);
        KubeOptions kube = new KubeOptions(List.of(), null, "sim/fio:3.33", Map.of(), null, null,
                Duration.ofSeconds(60), null);
        Suite suite = new Suite("measure", dir.resolve("m.yaml"), "", TargetKind.KUBECONFIG, List.of(engine),
                List.of(w), List.of(), 1, kube);
        double[] overhead = new double[repeats + 1];
        int[] requests = new int[repeats + 1];
        try (SimulatedBed bed = new SimulatedBed(dir, 20); RunSession session = bed.open(suite, dir.resolve("out"))) {
            for (int i = 0; i <= repeats; i++) {
                int before = bed.cluster.requestCount();
                CaseOutcome out = session.run(new BenchmarkCase(engine, w), new RecordingSink(new ArrayList<>()));
                CaseResult r = ((CaseOutcome.Done) out).result();
                overhead[i] = (r.wallTime().toMillis() - r.fioRuntime().toMillis()) / 1000.0;
                requests[i] = bed.cluster.requestCount() - before;
            }
        }
        double[] later = Arrays.copyOfRange(overhead, 1, overhead.length);
        int[] laterReq = Arrays.copyOfRange(requests, 1, requests.length);
        Arrays.sort(later);
        Arrays.sort(laterReq);
        System.out.printf("%6d | %6.2f s, %4d | %6.2f s, %4d   (all later: %s)%n", fanOut, overhead[0], requests[0],
                later[later.length / 2], laterReq[laterReq.length / 2], Arrays.toString(later));
    }
}
