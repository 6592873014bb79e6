package org.storageharness.platform.kube.pods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.fio.FailoverWriterJob;
import org.storageharness.fio.FioExecution;
import org.storageharness.fio.FioFailure;
import org.storageharness.fio.FioOutputParser;
import org.storageharness.fio.FioJudge;
import org.storageharness.fio.IoTimeline;
import org.storageharness.fio.IopsSeries;
import org.storageharness.fio.JobText;
import org.storageharness.suite.WorkloadSpec;
import org.storageharness.testing.RequiresFio;
import java.util.HashMap;
import java.util.Map;
import org.storageharness.suite.ConfigurationException;

/** The pod script run for real with sh and fio, its mounts mapped to directories as a kubelet would. */
@RequiresFio
class FioPodScriptTest {

    @TempDir
    Path dir;

    @Test
    void theScriptsLogCarriesAReportThatParsesAndPasses() throws Exception {
        String job = job(Map.of("rw", "randwrite", "bs", "4k", "size", "4m", "runtime", "1s", "time_based",
                "1", "ioengine", "psync"));

        FioLog log = FioLog.parse(runScript(job));

        FioExecution done = new FioJudge().judge(log.exitCode(), log.json(), log.messages(),
                Duration.ZERO);
        assertThat(log.exitCode()).isZero();
        assertThat(done.report().groups().get(0).jobs()).isEqualTo(1);
        assertThat(Files.size(dir.resolve("data/storage-harness.fio"))).isEqualTo(4L << 20);
        assertThat(log.files()).isEmpty();
        assertThat(log.fioVersion()).isEqualTo(done.report().fioVersion()).startsWith("fio-3.");
        assertThat(log.messages()).doesNotContain(FioPodContract.VERSION_PREFIX);
    }

    @Test
    void anImageWithFioOlderThanThreeStopsBeforeFioRunsAndIsRefused() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("old-fio"));
        Path fake = Files.writeString(bin.resolve("fio"), "#!/bin/sh\necho fio-2.21\n");
        assertThat(fake.toFile().setExecutable(true)).isTrue();

        FioLog log = FioLog.parse(runScript("[w]\nfilename=${TARGET}\nrw=write\nbs=4k\nsize=4m\n",
                bin + ":" + System.getenv("PATH")));

        assertThat(log.fioVersion()).isEqualTo("fio-2.21");
        assertThat(log.messages()).isEqualTo("storage-harness: fio-2.21 is older than fio 3, whose output the harness"
                + " reads");
        assertThat(dir.resolve("data/storage-harness.fio")).doesNotExist();
        assertThatThrownBy(() -> new PodFioVersion("old/fio:2", new HashMap<>()).check(log))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("Configuration error: fio image [old/fio:2] runs fio-2.21");
    }

    @Test
    void theLatencyLogsFioWroteInScratchTravelInTheLogUnchanged() throws Exception {
        String job = job(Map.of("rw", "randwrite", "bs", "4k", "size", "4m", "runtime", "1s", "time_based",
                "1", "ioengine", "psync", "thinktime", "20ms", "write_lat_log", "${SCRATCH}/canary", "log_unix_epoch",
                "1"));

        FioLog log = FioLog.parse(runScript(job));

        assertThat(log.exitCode()).isZero();
        assertThat(new FioOutputParser().parse(log.json()).jobs()).hasSize(1);
        assertThat(log.files()).as("the lat log travels; clat and slat would only fill the kubelet's log limit")
                .containsOnlyKeys("canary_lat.1.log");
        assertThat(dir.resolve("scratch/canary_clat.1.log")).exists();
        assertThat(log.files().get("canary_lat.1.log"))
                .isEqualTo(Files.readString(dir.resolve("scratch/canary_lat.1.log"))).endsWith("\n")
                .matches("(?s)(\\d{13}, \\d+, 1, 4096, 0\n){20,}");
    }

    @Test
    void theFailoverWritersLogsReachTheHarnessThroughThePodLog() throws Exception {
        String job = FailoverWriterJob.after(0, 4L << 20, Duration.ofSeconds(2)).render();

        FioLog log = FioLog.parse(runScript(job));

        assertThat(log.exitCode()).isZero();
        IoTimeline canary = IoTimeline.parse(FailoverWriterJob.CANARY_LAT_LOG,
                log.files().get(FailoverWriterJob.CANARY_LAT_LOG));
        IopsSeries load = IopsSeries.parse(FailoverWriterJob.LOAD_IOPS_LOG,
                log.files().get(FailoverWriterJob.LOAD_IOPS_LOG));
        assertThat(canary.completions()).hasSizeGreaterThan(50);
        assertThat(load.perSecond()).isNotEmpty().allMatch(s -> s.iops() > 0);
        assertThat(new FioOutputParser().parse(log.json()).errorCount(FailoverWriterJob.CANARY)).isZero();
    }

    @Test
    void aFioErrorInThePodBecomesAFailureWithFiosOwnMessage() throws Exception {
        FioLog log = FioLog.parse(runScript("[w]\nfilename=${TARGET}\nrw=randwrite\nbs=4k\nsize=4m\nioengine=nope\n"));

        assertThat(log.exitCode()).isNotZero();
        assertThatThrownBy(() -> new FioJudge().judge(log.exitCode(), log.json(), log.messages(),
                Duration.ZERO)).isInstanceOf(FioFailure.class).hasMessageContaining("nope");
    }

    private static String job(Map<String, String> options) {
        return JobText.forCase(new WorkloadSpec("w", "", options, null, null), "e", "test", JobText.TARGET);
    }

    private String runScript(String job) throws IOException, InterruptedException {
        return runScript(job, System.getenv("PATH"));
    }

    private String runScript(String job, String path) throws IOException, InterruptedException {
        Path jobDir = Files.createDirectories(dir.resolve("job"));
        Files.writeString(jobDir.resolve(FioPodContract.JOB_KEY), job);
        Path data = Files.createDirectories(dir.resolve("data"));
        Path scratch = Files.createDirectories(dir.resolve("scratch"));
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", FioPodContract.SCRIPT).redirectErrorStream(true);
        pb.environment().put(FioPodContract.ENV_JOB, jobDir.resolve(FioPodContract.JOB_KEY).toString());
        pb.environment().put(FioPodContract.ENV_TARGET, data.resolve("storage-harness.fio").toString());
        pb.environment().put(FioPodContract.ENV_TARGET_DIR, data.toString());
        pb.environment().put(FioPodContract.ENV_SCRATCH, scratch.toString());
        pb.environment().put("PATH", path);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
