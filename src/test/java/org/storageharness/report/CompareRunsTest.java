package org.storageharness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.results.ResultsFile;
import org.storageharness.results.RunRecord;
import org.storageharness.run.Console;
import org.storageharness.suite.ConfigurationException;

/** Experiment 2 from results files: the host and a VM side by side, with charts. */
class CompareRunsTest {

    @TempDir
    Path dir;

    private Path results(String name, String target, double iops, double p999) {
        Map<String, RunRecord.MetricRecord> metrics = Map.of(
                "write.iops", new RunRecord.MetricRecord("", iops, iops, iops, 0, List.of(iops)),
                "total.iops", new RunRecord.MetricRecord("", iops, iops, iops, 0, List.of(iops)),
                "total.bw", new RunRecord.MetricRecord("MiB/s", iops / 256, iops / 256, iops / 256, 0, List.of()),
                "write.lat.p99.9", new RunRecord.MetricRecord("ms", p999, p999, p999, 0, List.of(p999)));
        RunRecord.CaseRecord c = new RunRecord.CaseRecord("nvme", "randwrite-4k-1x", "passed", null, 60.0, 60.0,
                List.of(new RunRecord.GroupRecord(null, metrics, List.of())), List.of());
        RunRecord r = new RunRecord(RunRecord.SCHEMA, 1, "run-" + name, "t0", "t1", "storage", target, 1, Map.of(),
                List.of(c));
        return ResultsFile.write(r, dir.resolve(name + ".json"));
    }

    @Test
    void twoResultsFilesGiveOneTableWithAColumnPerPlaceAndCharts() throws Exception {
        Path host = results("proxmox-host", "local", 9000, 0.8);
        Path vm = results("vm1", "local", 4000, 2.5);

        Path md = CompareRuns.run(List.of("--out", dir.resolve("cmp").toString(), host.toString(), vm.toString()),
                Console.system());

        String text = Files.readString(md);
        assertThat(text).contains("| Metric | proxmox-host · nvme | vm1 · nvme |")
                .contains("| Write IOPS | **9,000** | 4,000 |")
                .contains("p99.9 write latency (ms) | **0.800** | 2.50 |");
        assertThat(dir.resolve("cmp/charts/iops-randwrite-4k-1x.png")).isNotEmptyFile();
        assertThat(dir.resolve("cmp/charts/iops-randwrite-4k-1x.svg")).isNotEmptyFile();
        assertThat(dir.resolve("cmp/compare.html")).content()
                .contains("<img class=\"chart\" alt=\"randwrite-4k-1x · IOPS\" src=\"data:image/png;base64,");
    }

    @Test
    void sloIopsIsARowOfTheCurvesLastPointAndItsNoteOrTheReasonForNoneFollowsTheTables() {
        Map<String, RunRecord.MetricRecord> metrics = Map.of(
                "total.iops", new RunRecord.MetricRecord("", 9000, 9000, 9000, 0, List.of(9000.0)),
                "slo.iops", new RunRecord.MetricRecord("", 6000, 6000, 6000, 0, List.of(6000.0)));
        RunRecord.CaseRecord met = new RunRecord.CaseRecord("nvme", "curve-qd16", "passed", null, 1.0, 1.0,
                List.of(new RunRecord.GroupRecord(null, metrics, List.of())), List.of(), null, null, null,
                new RunRecord.SloRecord("curve", "write.lat.p99.9", 5, 6000.0, "qd4", "slo.iops 6,000 measured at qd4"));
        RunRecord.CaseRecord none = new RunRecord.CaseRecord("nvme", "curve-qd16", "passed", null, 1.0, 1.0,
                List.of(new RunRecord.GroupRecord(null, Map.of("total.iops", metrics.get("total.iops")), List.of())),
                List.of(), null, null, null, new RunRecord.SloRecord("curve", "write.lat.p99.9", 5, null, null,
                        "no slo.iops: no point of the 3 points kept write p99.9 latency ≤ 5.00 ms"));
        Comparison comparison = new Comparison(List.of("host", "vm1"), List.of(
                new RunRecord(RunRecord.SCHEMA, 1, "r1", "t0", "t1", "s", "local", 1, Map.of(), List.of(met)),
                new RunRecord(RunRecord.SCHEMA, 1, "r2", "t0", "t1", "s", "local", 1, Map.of(), List.of(none))));

        assertThat(comparison.markdown()).contains("| IOPS at the SLO (slo.iops) | 6,000 | — |", "### IOPS at the SLO",
                "- host · nvme · curve: slo.iops 6,000 measured at qd4",
                "- vm1 · nvme · curve: no slo.iops: no point of the 3 points kept");
    }

    @Test
    void sameFileNamesInDifferentFoldersGetTheirFolderAsLabel() {
        assertThat(CompareRuns.labels(List.of("/a/host/results.json", "/a/vm1/results.json", "/x/other.json")))
                .containsExactly("host/results", "vm1/results", "other");
    }

    @Test
    void needsTwoFilesAndNamesABadOne() throws Exception {
        Path host = results("host", "local", 1, 1);

        assertThatThrownBy(() -> CompareRuns.run(List.of(host.toString()), Console.system()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("two or more results files");
        assertThatThrownBy(() -> CompareRuns.run(List.of(host.toString(), dir.resolve("nope.json").toString()),
                Console.system()))
                .hasMessageContaining("nope.json").hasMessageContaining("does not exist");
    }
}
