package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.TypedLocalObjectReference;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Resolves a claim's data source (a VolumeSnapshot, or another claim to clone) to the directory to copy from. */
final class DataSources {

    /** Either a directory to copy ({@code path}, null for an empty volume) or why provisioning must wait. */
    record Resolution(Path path, String problem) {

        static final Resolution EMPTY = new Resolution(null, null);

        static Resolution copyOf(Path path) {
            return new Resolution(path, null);
        }

        static Resolution waiting(String problem) {
            return new Resolution(null, problem);
        }
    }

    private final KubernetesClient client;
    private final VolumeStore volumes;

    DataSources(KubernetesClient client, VolumeStore volumes) {
        this.client = client;
        this.volumes = volumes;
    }

    Resolution resolve(Claim claim) {
        Optional<TypedLocalObjectReference> source = claim.dataSource();
        if (source.isEmpty()) {
            return Resolution.EMPTY;
        }
        String group = source.get().getApiGroup() == null ? "" : source.get().getApiGroup();
        String kind = source.get().getKind();
        if (SnapshotApi.GROUP.equals(group) && "VolumeSnapshot".equals(kind)) {
            return fromSnapshot(claim.namespace(), source.get().getName());
        }
        if (group.isEmpty() && "PersistentVolumeClaim".equals(kind)) {
            return fromClaim(claim.namespace(), source.get().getName());
        }
        return Resolution.waiting("the simulated provisioner cannot populate a volume from a data source of kind ["
                + group + "/" + kind + "]; use a VolumeSnapshot or a PersistentVolumeClaim");
    }

    private Resolution fromSnapshot(String namespace, String name) {
        String prefix = "error getting handle for DataSource Type VolumeSnapshot by Name " + name + ": ";
        VolumeSnapshot snapshot = client.resources(VolumeSnapshot.class).inNamespace(namespace).withName(name).get();
        if (snapshot == null) {
            return Resolution.waiting(prefix + "volumesnapshots." + SnapshotApi.GROUP + " \"" + name + "\" not found");
        }
        var status = snapshot.getStatus();
        if (status == null || !Boolean.TRUE.equals(status.getReadyToUse())) {
            return Resolution.waiting(prefix + "snapshot " + name + " is not Ready");
        }
        Path content = volumes.snapshot(status.getBoundVolumeSnapshotContentName());
        return Files.isDirectory(content) ? Resolution.copyOf(content)
                : Resolution.waiting(prefix + "the content of snapshot " + name + " is gone [" + content + "]");
    }

    private Resolution fromClaim(String namespace, String name) {
        PersistentVolumeClaim source = client.persistentVolumeClaims().inNamespace(namespace).withName(name).get();
        if (source == null || !new Claim(source).bound()) {
            return Resolution.waiting("cannot clone persistentvolumeclaim \"" + name + "\": it does not exist or is"
                    + " not bound yet");
        }
        return Resolution.copyOf(volumes.volume(new Claim(source).volumeName()));
    }
}
