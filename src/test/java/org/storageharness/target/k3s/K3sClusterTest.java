package org.storageharness.target.k3s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.volumesnapshot.client.VolumeSnapshotClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class K3sClusterTest {

    @Test
    void withoutDockerItSaysSoAndNamesTheAlternativesInWellUnderASecond() {
        Optional<String> noDocker = DockerProbe.unavailableReason();
        assumeTrue(noDocker.isPresent(), "this test shows the no-Docker path; this machine has a Docker engine");
        List<String> log = new ArrayList<>();
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured));
        long start = System.nanoTime();
        try {
            assertThatThrownBy(() -> K3sCluster.start(K3sSettings.from(Map.of()), log::add))
                    .isInstanceOf(TargetUnavailableException.class)
                    .hasMessageStartingWith("Cluster unavailable: target [k3s] needs a Docker engine")
                    .hasMessageContaining("-Dtarget=local").hasMessageContaining("-Dtarget=kubeconfig");
        } finally {
            System.setErr(err);
        }
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds to refuse").isLessThan(1000);
        assertThat(captured.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(log).isEmpty();
    }

    @Test
    void theCheapProbeNamesWhatItLookedFor() {
        Optional<String> reason = DockerProbe.cheapCheck(Map.of("DOCKER_HOST", "tcp://127.0.0.1:1"), Path.of("/x"));

        assertThat(reason).hasValueSatisfying(r -> assertThat(r).contains("DOCKER_HOST [tcp://127.0.0.1:1]"));
    }

    @Test
    void startsK3sWithTheSnapshotStackAndBindsACsiHostpathVolume() {
        Optional<String> noDocker = DockerProbe.unavailableReason();
        assumeTrue(noDocker.isEmpty(), () -> "needs a Docker engine to start K3s: " + noDocker.orElse(""));
        try (K3sCluster cluster = K3sCluster.start(K3sSettings.from(Map.of()), System.out::println);
             KubernetesClient client = new KubernetesClientBuilder()
                     .withConfig(Config.fromKubeconfig(cluster.kubeconfig())).build()) {
            assertThat(client.storage().v1().storageClasses().withName(K3sManifests.STORAGE_CLASS).get()).isNotNull();
            assertThat(client.storage().v1().storageClasses().withName("local-path").get()).isNotNull();
            assertThat(client.adapt(VolumeSnapshotClient.class).volumeSnapshotClasses()
                    .withName(K3sManifests.SNAPSHOT_CLASS).get()).isNotNull();
            client.persistentVolumeClaims().inNamespace("default").resource(new PersistentVolumeClaimBuilder()
                    .withNewMetadata().withName("probe").endMetadata().withNewSpec()
                    .withStorageClassName(K3sManifests.STORAGE_CLASS).withAccessModes("ReadWriteOnce")
                    .withNewResources().addToRequests("storage", new Quantity("16Mi")).endResources().endSpec()
                    .build()).create();
            client.pods().inNamespace("default").resource(new PodBuilder().withNewMetadata().withName("probe")
                    .endMetadata().withNewSpec().addNewContainer().withName("c").withImage("busybox:1.36")
                    .withCommand("sh", "-c", "sleep 3600").addNewVolumeMount().withName("v").withMountPath("/v")
                    .endVolumeMount().endContainer().addNewVolume().withName("v").withNewPersistentVolumeClaim()
                    .withClaimName("probe").endPersistentVolumeClaim().endVolume().endSpec().build()).create();
            client.persistentVolumeClaims().inNamespace("default").withName("probe").waitUntilCondition(
                    p -> p.getStatus() != null && "Bound".equals(p.getStatus().getPhase()), 3, TimeUnit.MINUTES);
        }
    }
}
