package org.storageharness.platform.kube;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.fio.Direction;
import org.storageharness.fio.FioOutputParser;
import org.storageharness.fio.FioReport;
import org.storageharness.fio.GroupResult;
import org.storageharness.run.CaseOutcome;
import org.storageharness.run.CaseResult;
import org.storageharness.run.RunSession;
import org.storageharness.suite.Metric;
import org.storageharness.suite.Suite;
import org.storageharness.testing.RecordingSink;
import org.storageharness.testing.RequiresFio;
import org.assertj.core.data.Offset;

/** A workload fanned out to three nodes: one pod per node, sums of rates, merged latency histograms. */
@Tag("simulated-cluster")
@RequiresFio
class FanOutTest {

    @TempDir
    Path dir;

    @Test
    void threePodsOnThreeNodesAddUpAndMergeTheirHistograms() throws Exception {
        Suite suite = SimulatedSuites.suite("local-path", 3, List.of());
        List<String> attached = new ArrayList<>();
        CaseResult result;
        try (SimulatedBed bed = new SimulatedBed(dir, 3)) {
            try (RunSession session = bed.open(suite, dir.resolve("out"))) {
                result = ((CaseOutcome.Done) session.run(RunSession.cases(suite).get(0), new RecordingSink(attached)))
                        .result();
            }
            assertThat(bed.harnessObjects()).isEmpty();
        }

        assertThat(attached).contains("fio output (json+) node-1", "fio output (json+) node-2",
                "fio output (json+) node-3");
        Path caseDir = dir.resolve("out/cases/sim/rw1s/rep-1");
        assertThat(Files.readString(caseDir.resolve("job.fio"))).as("the job file, byte for byte").isEqualTo(
                "# storage-harness · engine sim · workload rw1s · kubernetes\n[global]\nfilename=${TARGET}\n"
                + "lat_percentiles=1\nwrite_iops_log=${SCRATCH}/case\nwrite_lat_log=${SCRATCH}/case\n"
                + "log_avg_msec=1000\nlog_max_value=1\nlog_unix_epoch=1\n\n[rw1s]\nrw=randrw\nbs=4k\nsize=8m\n"
                + "ioengine=psync\ntime_based=1\nruntime=1s\n");
        List<FioReport> reports = new ArrayList<>();
        List<GroupResult> pods = new ArrayList<>();
        for (String node : List.of("node-1", "node-2", "node-3")) {
            FioReport report = new FioOutputParser().parse(Files.readString(caseDir.resolve("fio-output." + node
                    + ".json")));
            reports.add(report);
            pods.add(report.groups().get(0));
        }
        GroupResult sum = FioReport.concurrent(reports).groups().get(0);
        double iops = result.groups().get(0).median().get(Metric.parse("write.iops").orElseThrow()).orElseThrow();
        assertThat(iops).isCloseTo(sum.direction(Direction.WRITE).iops(), Offset.offset(0.01));
        long merged = sum.direction(Direction.WRITE).latency().histogram().total();
        assertThat(merged).isEqualTo(pods.stream().mapToLong(g -> g.direction(Direction.WRITE).totalIos()).sum());
        assertThat(nodesOf(caseDir)).containsExactlyInAnyOrder("node-1", "node-2", "node-3");
    }

    /** Each pod's report names the host fio ran on; the simulated kubelet runs them all here, so use file names. */
    private static List<String> nodesOf(Path caseDir) throws Exception {
        List<String> nodes = new ArrayList<>();
        try (var files = Files.list(caseDir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("fio-output.node-"))
                    .forEach(n -> nodes.add(n.substring("fio-output.".length(), n.length() - 5)));
        }
        return nodes;
    }
}
