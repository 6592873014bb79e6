package org.storageharness.simcluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Claims grow (the resizer and the kubelet's expansion) and are cloned from claims; pods see a Filesystem volume's size
 * through {@code df} as the simulation made it, and the engine's planted faults break exactly that.
 */
@Tag("simulated-cluster")
class VolumeExpansionTest {

    private static final String NS = "storage-harness-expansion";

    @RegisterExtension
    final TestCluster test = TestCluster.of(NS, c -> c.addNode("node-a")
            .addStorageClass("fast", "fast.csi.example.com", VolumeBindingMode.IMMEDIATE));

    @Test
    void growsAFilesystemClaimAndItsPodsSeeTheNewSize() {
        create(Manifests.claim("vol", "fast", "Filesystem", "64Mi"));
        bound("vol");
        assertThat(df("before", "vol")).isEqualTo(65536);

        PersistentVolumeClaim grown = grow("vol", "128Mi");

        assertThat(grown.getStatus().getCapacity().get("storage")).isEqualTo(new Quantity("128Mi"));
        assertThat(grown.getStatus().getConditions()).noneMatch(c -> c.getType().equals(Resizer.PENDING));
        assertThat(client().persistentVolumes().withName(grown.getSpec().getVolumeName()).get().getSpec()
                .getCapacity().get("storage")).isEqualTo(new Quantity("128Mi"));
        assertThat(df("after", "vol")).isEqualTo(131072);
    }

    @Test
    void aResizeThatDoesNotGrowIsReportedDoneWhileDfStillSeesTheOldSize() {
        test.cluster().addReplicatedEngine("lh", 1).resizeDoesNotGrow();
        create(Manifests.claim("vol", "lh", "Filesystem", "64Mi"));
        bound("vol");

        PersistentVolumeClaim grown = grow("vol", "128Mi");

        assertThat(grown.getStatus().getCapacity().get("storage")).isEqualTo(new Quantity("128Mi"));
        assertThat(df("after", "vol")).isEqualTo(65536);
    }

    @Test
    void aCloneIsACopyUnlessTheEngineSharesItsSourcesBlocks() {
        SimulatedEngine engine = test.cluster().addReplicatedEngine("lh", 1);
        create(Manifests.claim("src", "lh", "Filesystem", "64Mi"));
        bound("src");
        shell("write-a", "src", "echo A > \"$DATA/f\"");
        create(cloneOf("copy", "src"));
        bound("copy");
        engine.cloneSharesBlocks();
        create(cloneOf("shared", "src"));
        bound("shared");

        shell("write-b", "src", "echo B > \"$DATA/f\"");

        assertThat(shell("read-copy", "copy", "cat \"$DATA/f\"")).isEqualTo("A");
        assertThat(shell("read-shared", "shared", "cat \"$DATA/f\"")).isEqualTo("B");
    }

    private PersistentVolumeClaim grow(String claim, String size) {
        client().persistentVolumeClaims().inNamespace(NS).withName(claim).edit(c -> {
            c.getSpec().getResources().getRequests().put("storage", new Quantity(size));
            return c;
        });
        long bytes = Quantity.getAmountInBytes(new Quantity(size)).longValue();
        return client().persistentVolumeClaims().inNamespace(NS).withName(claim).waitUntilCondition(c -> c != null
                && c.getStatus().getCapacity() != null && Quantity.getAmountInBytes(c.getStatus().getCapacity()
                .get("storage")).longValue() >= bytes && c.getStatus().getConditions().stream()
                .noneMatch(x -> x.getType().equals(Resizer.PENDING)), Awaits.SECONDS, TimeUnit.SECONDS);
    }

    /** The size in KiB that {@code df -Pk} reports for the claim's mount inside a pod. */
    private long df(String pod, String claim) {
        return Long.parseLong(shell(pod, claim, "df -Pk \"$DATA\" | awk 'NR==2 {print $2}'"));
    }

    private String shell(String pod, String claim, String script) {
        client().pods().inNamespace(NS).resource(Manifests.shellPod(pod, claim, script, null)).create();
        Awaits.phase(client(), NS, pod, "Succeeded");
        return client().pods().inNamespace(NS).withName(pod).getLog().strip();
    }

    private static PersistentVolumeClaim cloneOf(String name, String source) {
        return new PersistentVolumeClaimBuilder(Manifests.claim(name, "lh", "Filesystem", "64Mi")).editSpec()
                .withNewDataSource().withKind("PersistentVolumeClaim").withName(source).endDataSource().endSpec()
                .build();
    }

    private void create(PersistentVolumeClaim claim) {
        client().persistentVolumeClaims().inNamespace(NS).resource(claim).create();
    }

    private void bound(String name) {
        client().persistentVolumeClaims().inNamespace(NS).withName(name)
                .waitUntilCondition(c -> c != null && new Claim(c).bound(), Awaits.SECONDS, TimeUnit.SECONDS);
    }

    private KubernetesClient client() {
        return test.client();
    }
}
