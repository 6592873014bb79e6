package org.storageharness.platform.kube.cluster;


import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.LinkedHashMap;
import java.util.Map;
import org.storageharness.suite.KubeVolume;

/** Builds the PVCs and ConfigMaps of a run; every object carries the run's labels. */
public final class Manifests {

    private final String runId;
    private final long createdAt;

    public Manifests(String runId, long createdAtEpochSeconds) {
        this.runId = runId;
        this.createdAt = createdAtEpochSeconds;
    }

    public ObjectMeta meta(String name, String role, String engine) {
        Map<String, String> labels = new LinkedHashMap<>(Labels.forRun(runId, createdAt));
        labels.put(Labels.ROLE, role);
        if (engine != null) {
            labels.put(Labels.ENGINE, engine);
        }
        return new ObjectMetaBuilder().withName(name).withLabels(labels).build();
    }

    public PersistentVolumeClaim volume(String name, String engine, KubeVolume volume, String size) {
        return new PersistentVolumeClaimBuilder().withMetadata(meta(name, "volume", engine))
                .withNewSpec().withStorageClassName(volume.storageClass()).withAccessModes(volume.accessMode())
                .withVolumeMode(volume.block() ? "Block" : "Filesystem")
                .withNewResources().addToRequests("storage", new Quantity(size)).endResources()
                .endSpec().build();
    }

    /** A ConfigMap holding {@code text} under {@code key} (a fio job file for a pod). */
    public ConfigMap jobFile(String name, String engine, String key, String text) {
        return new ConfigMapBuilder().withMetadata(meta(name, "job", engine))
                .addToData(key, text).build();
    }
}
