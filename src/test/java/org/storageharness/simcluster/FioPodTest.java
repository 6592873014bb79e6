package org.storageharness.simcluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storageharness.platform.kube.pods.FioPodContract;
import org.storageharness.testing.RequiresFio;

@Tag("simulated-cluster")
@RequiresFio
class FioPodTest {

    private static final String NS = "storage-harness-fio";

    @RegisterExtension
    final TestCluster test = TestCluster.of(NS, c -> c.addNode("node-a")
            .addStorageClass("fast", "fast.csi.example.com", VolumeBindingMode.IMMEDIATE));

    @ParameterizedTest
    @ValueSource(strings = {"Filesystem", "Block"})
    void fioPodSucceedsAndItsLogHoldsFioJsonBetweenTheMarkers(String volumeMode) throws Exception {
        boolean block = "Block".equals(volumeMode);
        client().persistentVolumeClaims().inNamespace(NS)
                .resource(Manifests.claim("vol", "fast", volumeMode, "64Mi")).create();
        client().configMaps().inNamespace(NS).resource(Manifests.jobFile("job", Manifests.SHORT_JOB)).create();
        client().pods().inNamespace(NS).resource(Manifests.fioPod("fio", "vol", "job", block, null)).create();

        Pod pod = Awaits.phase(client(), NS, "fio", "Succeeded");
        String log = client().pods().inNamespace(NS).withName("fio").inContainer("fio").getLog();

        assertThat(pod.getStatus().getContainerStatuses().get(0).getState().getTerminated().getExitCode()).isZero();
        assertThat(log).contains(FioPodContract.BEGIN).contains(FioPodContract.END_PREFIX + "0");
        String json = log.substring(log.indexOf(FioPodContract.BEGIN) + FioPodContract.BEGIN.length(),
                log.indexOf(FioPodContract.END_PREFIX));
        JsonNode fio = new ObjectMapper().readTree(json);
        assertThat(fio.path("jobs").get(0).path("jobname").asText()).isEqualTo("randwrite");
        assertThat(fio.path("jobs").get(0).path("write").path("io_bytes").asLong()).isPositive();
    }

    @Test
    void deletingARunningFioPodKillsItsFioWithinSeconds() throws Exception {
        client().persistentVolumeClaims().inNamespace(NS)
                .resource(Manifests.claim("vol", "fast", "Filesystem", "64Mi")).create();
        client().configMaps().inNamespace(NS).resource(Manifests.jobFile("job", Manifests.LONG_JOB)).create();
        client().pods().inNamespace(NS).resource(Manifests.fioPod("fio", "vol", "job", false, null)).create();
        Awaits.phase(client(), NS, "fio", "Running");
        List<ProcessHandle> fio = Awaitility.await("fio of pod [fio] started").atMost(Duration.ofSeconds(5))
                .until(this::fioProcesses, list -> !list.isEmpty());

        long start = System.nanoTime();
        client().pods().inNamespace(NS).withName("fio").delete();

        CompletableFuture.allOf(fio.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new))
                .get(5, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    /** The fio processes of this cluster's pods: their job file lies in the cluster's work directory. */
    private List<ProcessHandle> fioProcesses() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/fio")).orElse(false))
                .filter(p -> p.info().commandLine().orElse("").contains(test.cluster().workDir().toString()))
                .toList();
    }

    private KubernetesClient client() {
        return test.client();
    }
}
