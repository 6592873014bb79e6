package org.storageharness.platform.k3s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshot;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshotBuilder;
import io.fabric8.volumesnapshot.client.VolumeSnapshotClient;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.storageharness.settings.RunSettings;
import org.storageharness.testing.CommandLines;

class K3sClusterTest {

    private static final String NAMESPACE = "k3s-cluster-test";

    @Test
    void refusesWithinASecondWithoutDockerAndNamesTheAlternatives() {
        Optional<String> noDocker = DockerProbe.unavailableReason(CommandLines.thisMachinesDocker());
        assumeTrue(noDocker.isPresent(), "checks the no-Docker path; this machine has a Docker engine");
        List<String> log = new CopyOnWriteArrayList<>();

        Attempt attempt = startWatchingTheConsole(log);

        assertThat(attempt.thrown()).isInstanceOf(PlatformUnavailableException.class)
                .hasMessageStartingWith("Cluster unavailable: target [k3s] needs a Docker engine, none found [")
                .hasMessageContaining(noDocker.get())
                .hasMessageContaining("-Dtarget=local")
                .hasMessageContaining("-Dtarget=kubeconfig -Dkubeconfig=FILE -Dcontext=NAME for a real cluster");
        assertThat(attempt.millis()).as("elapsed ms").isLessThan(1000);
        assertThat(attempt.console()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("ERROR");
        assertThat(log).isEmpty();
    }

    private record Attempt(Throwable thrown, long millis, String console) {
    }

    private static Attempt startWatchingTheConsole(List<String> log) {
        try (CapturedConsole console = new CapturedConsole()) {
            long start = System.nanoTime();
            Throwable thrown = catchThrowable(() -> K3sCluster.start(K3sSettings.defaults(),
                    CommandLines.thisMachinesDocker(), log::add));
            return new Attempt(thrown, (System.nanoTime() - start) / 1_000_000, console.text());
        }
    }

    /** The K3s options this JVM was started with, so a real run's {@code -Dk3s.image} reaches this test too. */
    private static K3sSettings thisJvmsK3s() {
        return RunSettings.from(System.getProperties(), System.getenv()).platform().k3s();
    }

    @Test
    void startsK3sWhereAHostpathVolumeBindsAndCanBeSnapshotted() {
        Optional<String> noDocker = DockerProbe.unavailableReason(CommandLines.thisMachinesDocker());
        assumeTrue(noDocker.isEmpty(), () -> "needs a Docker engine: " + noDocker.orElse(""));
        try (K3sCluster cluster = K3sCluster.start(thisJvmsK3s(), CommandLines.thisMachinesDocker(),
                System.out::println);
                KubernetesClient client = new KubernetesClientBuilder()
                        .withConfig(Config.fromKubeconfig(cluster.kubeconfig())).build()) {
            assertThat(cluster.contextName()).isEqualTo("default");
            assertThat(cluster.facts()).containsKeys("k3s.image", "k3s.version", "k3s.kernel");
            assertThat(client.storage().v1().storageClasses().withName("csi-hostpath-sc").get().getProvisioner())
                    .isEqualTo("hostpath.csi.k8s.io");
            assertThat(client.adapt(VolumeSnapshotClient.class).volumeSnapshotClasses()
                    .withName("csi-hostpath-snapclass").get().getDriver()).isEqualTo("hostpath.csi.k8s.io");

            PersistentVolumeClaim bound = claimBoundByAPod(client);
            assertThat(client.persistentVolumes().withName(bound.getSpec().getVolumeName()).get().getSpec().getCsi()
                    .getDriver()).isEqualTo("hostpath.csi.k8s.io");
            assertThat(snapshotOf(client, bound).getStatus().getReadyToUse()).isTrue();
        }
    }

    private static PersistentVolumeClaim claimBoundByAPod(KubernetesClient client) {
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata()
                .withName(NAMESPACE).endMetadata().build()).create();
        PersistentVolumeClaim claim = new PersistentVolumeClaimBuilder().withNewMetadata().withName("data")
                .endMetadata().withNewSpec().withStorageClassName("csi-hostpath-sc").withAccessModes("ReadWriteOnce")
                .withNewResources().addToRequests("storage", new Quantity("64Mi")).endResources().endSpec().build();
        client.persistentVolumeClaims().inNamespace(NAMESPACE).resource(claim).create();
        // WaitForFirstConsumer: the claim binds only once a pod that uses it is scheduled.
        Pod pod = new PodBuilder().withNewMetadata().withName("consumer").endMetadata().withNewSpec()
                .addNewContainer().withName("pause").withImage("registry.k8s.io/pause:3.10")
                .addNewVolumeMount().withName("data").withMountPath("/data").endVolumeMount().endContainer()
                .addNewVolume().withName("data").withNewPersistentVolumeClaim().withClaimName("data")
                .endPersistentVolumeClaim().endVolume().endSpec().build();
        client.pods().inNamespace(NAMESPACE).resource(pod).create();
        client.pods().inNamespace(NAMESPACE).withName("consumer").waitUntilReady(3, TimeUnit.MINUTES);
        return client.persistentVolumeClaims().inNamespace(NAMESPACE).withName("data")
                .waitUntilCondition(c -> c != null && "Bound".equals(c.getStatus().getPhase()), 1, TimeUnit.MINUTES);
    }

    private static VolumeSnapshot snapshotOf(KubernetesClient client, PersistentVolumeClaim claim) {
        VolumeSnapshotClient snapshots = client.adapt(VolumeSnapshotClient.class);
        VolumeSnapshot snapshot = new VolumeSnapshotBuilder().withNewMetadata().withName("data-snapshot").endMetadata()
                .withNewSpec().withVolumeSnapshotClassName("csi-hostpath-snapclass").withNewSource()
                .withPersistentVolumeClaimName(claim.getMetadata().getName()).endSource().endSpec().build();
        snapshots.volumeSnapshots().inNamespace(NAMESPACE).resource(snapshot).create();
        return snapshots.volumeSnapshots().inNamespace(NAMESPACE).withName("data-snapshot").waitUntilCondition(
                s -> s != null && s.getStatus() != null && Boolean.TRUE.equals(s.getStatus().getReadyToUse()),
                2, TimeUnit.MINUTES);
    }
}
