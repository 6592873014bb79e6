package org.storageharness.measure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storageharness.metrics.MetricSet;
import org.storageharness.fio.FioOutputParser;
import org.storageharness.fio.FioReport;
import org.storageharness.run.BenchmarkCase;
import org.storageharness.run.CaseOutcome;
import org.storageharness.run.EvidenceSink;
import org.storageharness.run.RunSession;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.LocalVolume;
import org.storageharness.suite.Metric;
import org.storageharness.suite.Suite;
import org.storageharness.suite.TargetKind;
import org.storageharness.suite.WorkloadSpec;

/**
 * Measures the harness against bare fio: the same job (experiment 1's randrw 4k QD16×8) on the same file, harness
 * and bare CLI alternating, N pairs; prints each pair's total IOPS and the median ratio. Not a test: run it by hand.
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) org.storageharness.measure.HarnessVsCli DIR [pairs] [runtime-s]</pre>
 */
public final class HarnessVsCli {

    private HarnessVsCli() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int pairs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int runtime = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Map<String, String> options = new LinkedHashMap<>();
        for (String kv : ("ioengine=libaio,direct=1,rw=randrw,bs=4k,iodepth=16,numjobs=8,size=256m,time_based=1,"
                + "runtime=" + runtime + "s").split(",")) {
            options.put(kv.split("=")[0], kv.split("=")[1]);
        }
        WorkloadSpec w = new WorkloadSpec("randrw-4k-qd16x8", "", options, null, Duration.ofSeconds(runtime));
        EngineSpec engine = new EngineSpec("host", "generic", "", LocalVolume.directory(dir), null);
        Suite suite = new Suite("measure", dir.resolve("measure.yaml"), "", TargetKind.LOCAL, List.of(engine),
                List.of(w), List.of(), 1);
        List<Double> ratios = new ArrayList<>();
        try (RunSession session = RunSession.open(suite, dir.resolve("out"), "fio", s -> { })) {
            Path file = dir.resolve("storage-harness-" + session.runId() + ".fio");
            for (int i = 1; i <= pairs; i++) {
                CaseOutcome.Done done = (CaseOutcome.Done) session.run(new BenchmarkCase(engine, w), EvidenceSink.NONE);
                double harness = done.result().groups().get(0).median().get(new Metric("total",
                        Metric.Quantity.IOPS)).getAsDouble();
                double bare = bare(file, runtime, dir.resolve("bare.json"));
                ratios.add(harness / bare);
                System.out.printf(Locale.ROOT, "pair %d: harness %.0f IOPS, bare fio %.0f IOPS, ratio %.3f%n", i,
                        harness, bare, harness / bare);
            }
        }
        Collections.sort(ratios);
        System.out.printf(Locale.ROOT, "median ratio harness/bare over %d pairs: %.3f (min %.3f, max %.3f)%n", pairs,
                ratios.get(ratios.size() / 2), ratios.get(0), ratios.get(ratios.size() - 1));
    }

    private static double bare(Path file, int runtime, Path out) throws Exception {
        Process p = new ProcessBuilder("fio", "--name=benchtest", "--filename=" + file, "--size=256m", "--direct=1",
                "--rw=randrw", "--ioengine=libaio", "--bs=4k", "--iodepth=16", "--numjobs=8", "--time_based",
                "--runtime=" + runtime, "--output-format=json", "--output=" + out).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("bare fio failed: exit " + p.exitValue());
        }
        FioReport report = new FioOutputParser().parse(Files.readString(out));
        return MetricSet.of(report.groups().get(0)).get(new Metric("total", Metric.Quantity.IOPS)).getAsDouble();
    }
}
