package org.storageharness.platform.kube.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import org.junit.jupiter.api.Test;
import org.storageharness.check.VolumeIo;

/** What a pod says of its volume's size, and when a grown claim counts as grown. */
class LabExpansionTest {

    @Test
    void readsAFilesystemSizeInKibAndADeviceSizeInBytes() {
        assertThat(LabExpansion.seen("filesystem 86016")).contains(new VolumeIo.VolumeSize(false, 86016L * 1024));
        assertThat(LabExpansion.seen("block 88080384")).contains(new VolumeIo.VolumeSize(true, 88080384L));
        assertThat(LabExpansion.seen("block ")).isEmpty();
        assertThat(LabExpansion.seen("filesystem df: not found")).isEmpty();
    }

    @Test
    void aClaimIsGrownOnceItsCapacityIsReachedAndNoFilesystemResizeIsPending() {
        long wanted = 252L << 20;

        assertThat(LabExpansion.grown(claim("84Mi", false), wanted)).isFalse();
        assertThat(LabExpansion.grown(claim("252Mi", true), wanted)).isFalse();
        assertThat(LabExpansion.grown(claim("252Mi", false), wanted)).isTrue();
        assertThat(LabExpansion.grown(claim("1Gi", false), wanted)).isTrue();
    }

    private static PersistentVolumeClaim claim(String capacity, boolean pending) {
        var status = new PersistentVolumeClaimBuilder().withNewStatus().withPhase("Bound")
                .addToCapacity("storage", new Quantity(capacity));
        if (pending) {
            status = status.addNewCondition().withType(LabExpansion.FS_RESIZE_PENDING).withStatus("True")
                    .endCondition();
        }
        return status.endStatus().build();
    }
}
