package org.storageharness.simcluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storageharness.target.kube.FioPodContract;
import org.storageharness.testing.RequiresFio;

@Tag("simulated-cluster")
@RequiresFio
class FioPodTest {

    private static final String NS = "storage-harness-fio";

    private SimulatedCluster cluster;
    private KubernetesClient client;

    @BeforeEach
    void startCluster() {
        cluster = SimulatedCluster.start().addNode("node-a")
                .addStorageClass("fast", "fast.csi.example.com", VolumeBindingMode.IMMEDIATE);
        client = cluster.client();
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NS).endMetadata().build())
                .create();
    }

    @AfterEach
    void stopCluster() {
        assertThat(cluster.controllerErrors()).isEmpty();
        cluster.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Filesystem", "Block"})
    void fioPodSucceedsAndItsLogHoldsFioJsonBetweenTheMarkers(String volumeMode) throws Exception {
        boolean block = "Block".equals(volumeMode);
        client.persistentVolumeClaims().inNamespace(NS)
                .resource(Manifests.claim("vol", "fast", volumeMode, "64Mi")).create();
        client.configMaps().inNamespace(NS).resource(Manifests.jobFile("job", Manifests.SHORT_JOB)).create();
        client.pods().inNamespace(NS).resource(Manifests.fioPod("fio", "vol", "job", block, null)).create();

        Pod pod = Awaits.phase(client, NS, "fio", "Succeeded");
        String log = client.pods().inNamespace(NS).withName("fio").inContainer("fio").getLog();

        assertThat(pod.getStatus().getContainerStatuses().get(0).getState().getTerminated().getExitCode()).isZero();
        assertThat(log).contains(FioPodContract.BEGIN).contains(FioPodContract.END_PREFIX + "0");
        String json = log.substring(log.indexOf(FioPodContract.BEGIN) + FioPodContract.BEGIN.length(),
                log.indexOf(FioPodContract.END_PREFIX));
        JsonNode fio = new ObjectMapper().readTree(json);
        assertThat(fio.path("jobs").get(0).path("jobname").asText()).isEqualTo("randwrite");
        assertThat(fio.path("jobs").get(0).path("write").path("io_bytes").asLong()).isPositive();
    }
}
