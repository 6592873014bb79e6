package org.storageharness.simcluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.storageharness.platform.kube.pods.FioPodContract;
import org.storageharness.testing.RequiresFio;

/** The engine's stall knobs freeze a real fio: its latency log shows the gap and its json+ output the slow I/O. */
@Tag("simulated-cluster")
@RequiresFio
class EngineStallTest {

    private static final String NS = "storage-harness-engine-stall";
    // Healthy runs must stay below half of these: buffered 4 KiB writes on a disk shared with three other test JVMs
    // once took 441 ms (writeback throttling), so the planted stall and spike are 2 s, the healthy bound 1 s.
    private static final Duration STALL = Duration.ofMillis(2000);
    private static final Duration SPIKE = Duration.ofMillis(2000);
    private static final long MS = 1_000_000;

    /** 4 KiB random writes logging their latency every 10 ms, with Unix epoch timestamps, for {@code runtime}. */
    private static String job(String runtime) {
        return String.join("\n", "[global]", "ioengine=psync", "direct=0", "filename=${TARGET}", "size=8m",
                "write_lat_log=stall", "log_unix_epoch=1", "log_avg_msec=10", "", "[randwrite]", "rw=randwrite",
                "bs=4k", "time_based=1", "runtime=" + runtime, "");
    }

    @RegisterExtension
    final TestCluster test = TestCluster.of(NS, c -> c.addNode("node-a").addNode("node-b").addNode("node-c"));

    private SimulatedEngine engine;
    private String pv;

    @BeforeEach
    void createEngineAndClaim() {
        engine = test.cluster().addReplicatedEngine("longhorn", 2).rebuildTime(Duration.ofMillis(200));
        client().persistentVolumeClaims().inNamespace(NS)
                .resource(Manifests.claim("vol", "longhorn", "Filesystem", "64Mi")).create();
        pv = client().persistentVolumeClaims().inNamespace(NS).withName("vol")
                .waitUntilCondition(c -> new Claim(c).bound(), Awaits.SECONDS, TimeUnit.SECONDS).getSpec()
                .getVolumeName();
    }

    @Test
    void failoverStallFreezesTheRunningFioAndResumesIt() throws Exception {
        engine.failoverStall(STALL);

        runFioLosingAReplica();

        assertThat(longestLogGapMillis()).isBetween(STALL.toMillis() - 100, STALL.toMillis() + 1000);
        assertThat(maxWriteLatencyNanos()).isGreaterThanOrEqualTo(STALL.toNanos() - 100 * MS);
    }

    @Test
    void healthyEngineFailsOverWithoutStallingFio() throws Exception {
        runFioLosingAReplica();

        assertThat(longestLogGapMillis()).isLessThan(STALL.toMillis() / 2);
    }

    @Test
    void latencySpikeMakesOneWriteOfEachFioPodSlow() throws Exception {
        engine.latencySpike(SPIKE);

        runFio("2s");

        assertThat(maxWriteLatencyNanos()).isGreaterThanOrEqualTo(SPIKE.toNanos() - 100 * MS);
    }

    @Test
    void healthyEngineHasNoLatencySpike() throws Exception {
        runFio("2s");

        assertThat(maxWriteLatencyNanos()).isLessThan(SPIKE.toNanos() / 2);
    }

    private void runFioLosingAReplica() {
        startFio("3s");
        // A stall before fio's first write would leave no gap in its log: the log starts after it.
        Awaitility.await("fio of this cluster wrote [64 MiB]").atMost(Duration.ofSeconds(5))
                .until(() -> fioProcesses().stream().mapToLong(EngineStallTest::bytesWritten).sum() >= 64 << 20);
        LonghornView longhorn = new LonghornView(client());
        GenericKubernetesResource replica = longhorn.replicas(pv).get(0);
        client().resource(replica).delete();
        Awaits.phase(client(), NS, "fio", "Succeeded");
    }

    private void runFio(String runtime) {
        startFio(runtime);
        Awaits.phase(client(), NS, "fio", "Succeeded");
    }

    private void startFio(String runtime) {
        client().configMaps().inNamespace(NS).resource(Manifests.jobFile("job", job(runtime))).create();
        client().pods().inNamespace(NS).resource(Manifests.fioPod("fio", "vol", "job", false, null)).create();
    }

    /** The longest time between two entries of fio's latency log, from their Unix epoch timestamps (ms). */
    private long longestLogGapMillis() throws IOException {
        List<Long> times = Files.readAllLines(volume().resolve("stall_lat.1.log")).stream()
                .map(line -> Long.parseLong(line.split(",")[0].trim())).toList();
        assertThat(times).as("entries of fio's latency log").hasSizeGreaterThan(10);
        long longest = 0;
        for (int i = 1; i < times.size(); i++) {
            longest = Math.max(longest, times.get(i) - times.get(i - 1));
        }
        return longest;
    }

    private long maxWriteLatencyNanos() throws IOException {
        String log = client().pods().inNamespace(NS).withName("fio").getLog();
        String json = log.substring(log.indexOf(FioPodContract.BEGIN) + FioPodContract.BEGIN.length(),
                log.indexOf(FioPodContract.END_PREFIX));
        return new ObjectMapper().readTree(json).path("jobs").get(0).path("write").path("lat_ns").path("max")
                .asLong();
    }

    /** The fio processes of this cluster's pods: their job file lies in the cluster's work directory. */
    private List<ProcessHandle> fioProcesses() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/fio")).orElse(false))
                .filter(p -> p.info().commandLine().orElse("").contains(test.cluster().workDir().toString()))
                .toList();
    }

    /** Bytes the process passed to write calls ({@code wchar} of {@code /proc/<pid>/io}); 0 once it is gone. */
    private static long bytesWritten(ProcessHandle process) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "io")).stream()
                    .filter(line -> line.startsWith("wchar:")).mapToLong(line -> Long.parseLong(line.substring(6)
                            .trim())).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private Path volume() {
        return test.cluster().workDir().resolve("volumes").resolve(pv);
    }

    private KubernetesClient client() {
        return test.client();
    }
}
