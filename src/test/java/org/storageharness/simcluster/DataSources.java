package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.TypedLocalObjectReference;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshot;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshotContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/** Resolves a claim's data source (a VolumeSnapshot, or another claim to clone) to the directory to copy from. */
final class DataSources {

    /**
     * Either a directory to copy ({@code path}, null for an empty volume; with {@code shared} to link rather than copy)
     * and what to do to the copy ({@code afterCopy}, an engine's planted fault), or why provisioning must wait.
     */
    record Resolution(Path path, Consumer<Path> afterCopy, String problem, boolean shared) {

        private static final Consumer<Path> NOTHING = dir -> { };
        static final Resolution EMPTY = new Resolution(null, NOTHING, null, false);

        Resolution(Path path, Consumer<Path> afterCopy, String problem) {
            this(path, afterCopy, problem, false);
        }

        static Resolution copyOf(Path path) {
            return new Resolution(path, NOTHING, null);
        }

        /** Not a copy: the new volume is {@code path} under another name (an engine's planted fault). */
        static Resolution sharing(Path path) {
            return new Resolution(path, NOTHING, null, true);
        }

        static Resolution waiting(String problem) {
            return new Resolution(null, NOTHING, problem);
        }
    }

    private final KubernetesClient client;
    private final VolumeStore volumes;
    private final ReplicatedEngines engines;

    DataSources(KubernetesClient client, VolumeStore volumes, ReplicatedEngines engines) {
        this.client = client;
        this.volumes = volumes;
        this.engines = engines;
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
        String contentName = status.getBoundVolumeSnapshotContentName();
        Path content = volumes.snapshot(contentName);
        if (!Files.isDirectory(content)) {
            return Resolution.waiting(prefix + "the content of snapshot " + name + " is gone [" + content + "]");
        }
        VolumeSnapshotContent object = client.resources(VolumeSnapshotContent.class).withName(contentName).get();
        String sourcePv = object == null ? null : object.getSpec().getSource().getVolumeHandle();
        return new Resolution(engines.restoreSource(sourcePv, content), engines.afterRestore(sourcePv), null);
    }

    private Resolution fromClaim(String namespace, String name) {
        PersistentVolumeClaim source = client.persistentVolumeClaims().inNamespace(namespace).withName(name).get();
        if (source == null || !new Claim(source).bound()) {
            return Resolution.waiting("cannot clone persistentvolumeclaim \"" + name + "\": it does not exist or is"
                    + " not bound yet");
        }
        String pv = new Claim(source).volumeName();
        return engines.clonesShareBlocks(pv) ? Resolution.sharing(volumes.volume(pv))
                : Resolution.copyOf(volumes.volume(pv));
    }
}
