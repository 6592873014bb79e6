package org.storageharness.platform.kube.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storageharness.suite.KubeVolume;

@EnableKubernetesMockClient(crud = true, https = false)
class JanitorTest {

    private static final long NOW = 1_800_000_000L;

    KubernetesClient client;

    private final List<String> log = new ArrayList<>();

    @Test
    void removesOnlyTheRunsLabelledObjectsAndLeavesAnUnlabelledPvcAlone() {
        client.persistentVolumeClaims().inNamespace("team").resource(userPvc("precious")).create();
        Manifests run = new Manifests("r1", NOW);
        client.persistentVolumeClaims().inNamespace("team").resource(run.volume("vol-a", "e", KubeVolume.of("sc"),
                "1Gi")).create();
        client.configMaps().inNamespace("team").resource(run.jobFile("job-a", "e", "job.fio", "[x]")).create();

        new Janitor(client, log::add).clean("team", "r1");

        assertThat(client.persistentVolumeClaims().inNamespace("team").list().getItems())
                .extracting(p -> p.getMetadata().getName()).containsExactly("precious");
        assertThat(client.configMaps().inNamespace("team").list().getItems()).isEmpty();
    }

    @Test
    void leavesObjectsOfAnotherRunAloneEvenWithTheSameManager() {
        Manifests other = new Manifests("r2", NOW);
        client.persistentVolumeClaims().inNamespace("team").resource(other.volume("vol-b", "e", KubeVolume.of("sc"),
                "1Gi")).create();

        new Janitor(client, log::add).clean("team", "r1");

        assertThat(client.persistentVolumeClaims().inNamespace("team").list().getItems()).hasSize(1);
    }

    @Test
    void deletesTheRunsNamespaceButNotAForeignOneOfTheSameName() {
        client.namespaces().resource(new NamespaceBuilder().withMetadata(new Manifests("r1", NOW)
                .meta("storage-harness-r1", "namespace", null)).build()).create();
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("team").endMetadata().build())
                .create();

        Janitor janitor = new Janitor(client, log::add);
        janitor.clean("storage-harness-r1", "r1");
        janitor.clean("team", "r1");

        assertThat(client.namespaces().list().getItems()).extracting(n -> n.getMetadata().getName())
                .containsExactly("team");
    }

    @Test
    void sweepsRunsOlderThanTheTtlAndListsYoungerOnes() {
        Manifests old = new Manifests("old", NOW - 7200);
        Manifests young = new Manifests("young", NOW - 60);
        client.namespaces().resource(new NamespaceBuilder().withMetadata(old.meta("storage-harness-old", "namespace",
                null)).build()).create();
        client.persistentVolumeClaims().inNamespace("storage-harness-old").resource(old.volume("v", "e",
                KubeVolume.of("sc"), "1Gi")).create();
        client.persistentVolumeClaims().inNamespace("team").resource(young.volume("v", "e", KubeVolume.of("sc"),
                "1Gi")).create();
        client.persistentVolumeClaims().inNamespace("team").resource(userPvc("precious")).create();

        new Janitor(client, log::add).sweep("team", Duration.ofHours(1), "current", NOW);

        assertThat(client.namespaces().withName("storage-harness-old").get()).isNull();
        assertThat(client.persistentVolumeClaims().inNamespace("storage-harness-old").list().getItems()).isEmpty();
        assertThat(client.persistentVolumeClaims().inNamespace("team").list().getItems()).hasSize(2);
        assertThat(log).anyMatch(l -> l.contains("removing leftovers of run old"))
                .anyMatch(l -> l.contains("run young") && l.contains("left alone"));
    }

    private static PersistentVolumeClaim userPvc(String name) {
        return new PersistentVolumeClaimBuilder().withNewMetadata().withName(name)
                .withLabels(Map.of("app", "db")).endMetadata().withNewSpec().withStorageClassName("sc").endSpec()
                .build();
    }

}
