package org.storageharness.platform.kube;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.fio.CaseSeries;
import org.storageharness.platform.Platform;
import org.storageharness.run.CaseOutcome;
import org.storageharness.run.CaseResult;
import org.storageharness.run.RunSession;
import org.storageharness.suite.Suite;
import org.storageharness.testing.RecordingSink;
import org.storageharness.testing.RequiresFio;

/** fio's logs over time travel back from each pod through its log (the pod contract) and become the case's series. */
@Tag("simulated-cluster")
@RequiresFio
class PodLogsTest {

    @TempDir
    Path dir;

    @Test
    void theLogsOfTwoPodsComeBackPerNodeAndAddUpToTheCasesSeries() throws Exception {
        Suite suite = SimulatedSuites.suite("local-path", SimulatedSuites.workload(2, 4), List.of());
        RecordingSink sink = new RecordingSink(new ArrayList<>());
        CaseResult result;
        try (SimulatedBed bed = new SimulatedBed(dir, 3)) {
            try (RunSession session = bed.open(suite, dir.resolve("out"))) {
                result = ((CaseOutcome.Done) session.run(RunSession.cases(suite).get(0), sink)).result();
            }
            assertThat(bed.harnessObjects()).isEmpty();
        }

        Path logs = dir.resolve("out/cases/sim/rw4s/rep-1").resolve(Platform.Evidence.LOGS_DIR);
        for (String node : List.of("node-1", "node-2")) {
            assertThat(logs.resolve(node).resolve("case_iops.1.log")).isNotEmptyFile();
            assertThat(logs.resolve(node).resolve("case_lat.1.log")).isNotEmptyFile();
            assertThat(logs.resolve(node).resolve("case_clat.1.log")).as("clat and slat stay in the pod").doesNotExist();
        }
        CaseSeries both = CaseSeries.read(logs, 1000);
        CaseSeries first = CaseSeries.read(logs.resolve("node-1"), 1000);
        assertThat(both.directions()).containsExactly("read", "write");
        assertThat(both.windows()).isGreaterThanOrEqualTo(3);
        assertThat(sum(both)).as("both pods' I/O").isGreaterThan(sum(first));
        assertThat(sink.tree()).containsSubsequence("step parse fio's reports and logs [passed]",
                "  series sim · rw4s (" + both.windows() + " windows: read, write)");
        assertThat(result.steady()).as("a 4 s run leaves 3 windows, enough to judge").isNotNull();
    }

    private static long sum(CaseSeries series) {
        return series.totalIops().stream().mapToLong(Long::longValue).sum();
    }
}
