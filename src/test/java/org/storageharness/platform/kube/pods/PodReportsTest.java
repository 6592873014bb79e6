package org.storageharness.platform.kube.pods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.fio.FioExecution;
import org.storageharness.fio.FioFailure;
import org.storageharness.platform.Platform.Evidence;

/** Pods' logs as the fio pod script writes them, judged and left as evidence the way the cases and checks show them. */
class PodReportsTest {

    private static final Path FIXTURES = Path.of(System.getProperty("harness.basedir", "."), "src/test/resources/fio");

    @TempDir
    Path dir;

    private final PodReports reports = new PodReports();

    private static String report() throws IOException {
        return Files.readString(FIXTURES.resolve("randwrite-only.jsonplus.json"));
    }

    private static PodJobs.PodLog pod(String name, String node, String messages, String report, int exitCode) {
        String log = messages + "\n" + FioPodContract.BEGIN + "\n" + report + "\n" + FioPodContract.END_PREFIX
                + exitCode + "\n";
        return new PodJobs.PodLog(name, node, log, Instant.EPOCH);
    }

    @Test
    void onePodsReportAndMessagesAreWrittenAsTheyCameAndJudged() throws Exception {
        FioExecution done = reports.one(pod("p", "node-1", "fio: a warning", report(), 0), dir, Duration.ofSeconds(2));

        assertThat(done.report().jobs()).hasSize(1);
        assertThat(done.wallTime()).isEqualTo(Duration.ofSeconds(2));
        assertThat(dir.resolve(Evidence.OUTPUT)).hasContent(report().strip());
        assertThat(Files.readString(dir.resolve(Evidence.MESSAGES))).isEqualTo("fio: a warning");
    }

    @Test
    void aCaseOnOnePodKeepsItsMessagesLineEnded() throws Exception {
        FioExecution done = reports.all(List.of(pod("p", "node-1", "fio: a warning", report(), 0)), dir,
                Duration.ofSeconds(2));

        assertThat(done.stderr()).isEqualTo("fio: a warning");
        assertThat(Files.readString(dir.resolve(Evidence.MESSAGES))).isEqualTo("fio: a warning\n");
        assertThat(dir.resolve(Evidence.OUTPUT)).exists();
    }

    @Test
    void aFannedOutCaseIsOneReportWithEachPodsReportNamedAfterItsNode() throws Exception {
        FioExecution done = reports.all(List.of(pod("p-0", "node-1", "", report(), 0),
                pod("p-1", "node-2", "fio: slow", report(), 0)), dir, Duration.ofSeconds(5));

        assertThat(done.report().jobs()).hasSize(2);
        assertThat(done.report().groups().get(0).jobs()).isEqualTo(2);
        assertThat(done.stderr()).isEqualTo("[p-1 on node-2]\nfio: slow\n");
        assertThat(dir.resolve("fio-output.node-1.json")).exists();
        assertThat(dir.resolve("fio-output.node-2.json")).exists();
        assertThat(dir.resolve(Evidence.OUTPUT)).doesNotExist();
        assertThat(Files.readString(dir.resolve(Evidence.MESSAGES))).isEqualTo("[p-1 on node-2]\nfio: slow\n");
    }

    @Test
    void oneFailingPodFailsTheCaseAndItsMessagesAreKept() throws Exception {
        List<PodJobs.PodLog> logs = List.of(pod("p-0", "node-1", "", report(), 0),
                pod("p-1", "node-2", "fio: EIO", report(), 1));

        assertThatThrownBy(() -> reports.all(logs, dir, Duration.ZERO)).isInstanceOf(FioFailure.class)
                .hasMessageContaining("[exit code 1]");
        assertThat(Files.readString(dir.resolve(Evidence.MESSAGES))).contains("[p-1 on node-2]\nfio: EIO");
    }

    @Test
    void aPrefillIsJudgedWithoutLeavingEvidence() throws Exception {
        reports.judged(pod("fill", "node-1", "", report(), 0));

        assertThat(dir).isEmptyDirectory();
        assertThatThrownBy(() -> reports.judged(pod("fill", "node-1", "fio: ENOSPC", "", 1)))
                .isInstanceOf(FioFailure.class).hasMessageContaining("ENOSPC");
    }
}
