package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.cache.Store;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshot;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshotClass;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshotContent;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshotContentBuilder;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshotContentStatusBuilder;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshotErrorBuilder;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshotStatusBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * The snapshot controller and the CSI snapshotter in one: a VolumeSnapshot of a bound claim becomes, at once, a copy of
 * the claim's directory, a VolumeSnapshotContent, and status readyToUse with the claim's size as restoreSize.
 */
final class SnapshotController {

    private static final String COMPONENT = "snapshot-controller";

    private final KubernetesClient client;
    private final VolumeStore volumes;
    private final Events events;
    private final Runnable onReady;
    private final Map<String, String> contents = new HashMap<>();
    private Store<VolumeSnapshot> snapshots;

    SnapshotController(KubernetesClient client, VolumeStore volumes, Events events, Runnable onReady) {
        this.client = client;
        this.volumes = volumes;
        this.events = events;
        this.onReady = onReady;
    }

    void watching(Store<VolumeSnapshot> snapshots) {
        this.snapshots = snapshots;
    }

    void reconcile(VolumeSnapshot snapshot) {
        var status = snapshot.getStatus();
        if (contents.containsKey(snapshot.getMetadata().getUid())
                || snapshot.getMetadata().getDeletionTimestamp() != null
                || status != null && Boolean.TRUE.equals(status.getReadyToUse())) {
            return;
        }
        String claimName = snapshot.getSpec().getSource().getPersistentVolumeClaimName();
        PersistentVolumeClaim pvc = claimName == null ? null : client.persistentVolumeClaims()
                .inNamespace(snapshot.getMetadata().getNamespace()).withName(claimName).get();
        VolumeSnapshotClass snapshotClass = pvc == null ? null : snapshotClass(snapshot, pvc);
        String problem = problem(snapshot, claimName, pvc, snapshotClass);
        if (problem != null) {
            pending(snapshot, problem);
        } else {
            take(snapshot, new Claim(pvc), snapshotClass);
        }
    }

    /** Why the snapshot cannot be taken yet, or null. */
    private static String problem(VolumeSnapshot snapshot, String claimName, PersistentVolumeClaim pvc,
            VolumeSnapshotClass snapshotClass) {
        if (claimName == null) {
            return "the simulated snapshot controller takes snapshots of claims only, not of existing content ["
                    + snapshot.getSpec().getSource().getVolumeSnapshotContentName() + "]";
        }
        if (pvc == null || !new Claim(pvc).bound()) {
            return "the PVC " + claimName + " is not yet bound to a PV, will not attempt to take a snapshot";
        }
        if (snapshotClass == null) {
            return "volumesnapshotclass \"" + snapshot.getSpec().getVolumeSnapshotClassName() + "\" not found, and"
                    + " no default class for the claim's driver";
        }
        return null;
    }

    /** Snapshots of {@code namespace} that wait for their claim get another try. */
    void retry(String namespace) {
        snapshots.list().stream().filter(s -> namespace.equals(s.getMetadata().getNamespace()))
                .forEach(this::reconcile);
    }

    void deleted(VolumeSnapshot snapshot) {
        String content = contents.remove(snapshot.getMetadata().getUid());
        if (content == null) {
            return;
        }
        VolumeSnapshotContent object = client.resources(VolumeSnapshotContent.class).withName(content).get();
        if (object == null || "Delete".equals(object.getSpec().getDeletionPolicy())) {
            // as the CSI snapshotter: the driver deletes the data, then the content object goes
            volumes.deleteSnapshot(content);
            client.resources(VolumeSnapshotContent.class).withName(content).delete();
        }
    }

    private void take(VolumeSnapshot snapshot, Claim claim, VolumeSnapshotClass snapshotClass) {
        String name = snapshot.getMetadata().getNamespace() + "/" + snapshot.getMetadata().getName();
        String content = "snapcontent-" + snapshot.getMetadata().getUid();
        events.normal(snapshot, COMPONENT, "CreatingSnapshot",
                "Waiting for a snapshot " + name + " to be created by the CSI driver.");
        volumes.takeSnapshot(claim.volumeName(), content);
        contents.put(snapshot.getMetadata().getUid(), content);
        client.resources(VolumeSnapshotContent.class).resource(content(snapshot, claim, snapshotClass, content))
                .create();
        long nanos = ChronoUnit.NANOS.between(Instant.EPOCH, Instant.now());
        client.resources(VolumeSnapshotContent.class).withName(content).editStatus(c -> {
            c.setStatus(new VolumeSnapshotContentStatusBuilder().withReadyToUse(true).withRestoreSize(claim.bytes())
                    .withSnapshotHandle(content).withCreationTime(nanos).build());
            return c;
        });
        snapshotStatus(snapshot, new VolumeSnapshotStatusBuilder().withBoundVolumeSnapshotContentName(content)
                .withReadyToUse(true).withRestoreSize(claim.request())
                .withCreationTime(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()));
        events.normal(snapshot, COMPONENT, "SnapshotCreated",
                "Snapshot " + name + " was successfully created by the CSI driver.");
        events.normal(snapshot, COMPONENT, "SnapshotReady", "Snapshot " + name + " is ready to use.");
        onReady.run();
    }

    private static VolumeSnapshotContent content(VolumeSnapshot snapshot, Claim claim,
            VolumeSnapshotClass snapshotClass, String content) {
        return new VolumeSnapshotContentBuilder().withNewMetadata().withName(content).endMetadata()
                .withNewSpec().withDeletionPolicy(snapshotClass.getDeletionPolicy())
                .withDriver(snapshotClass.getDriver())
                .withVolumeSnapshotClassName(snapshotClass.getMetadata().getName())
                .withSourceVolumeMode(claim.volumeMode())
                .withNewSource().withVolumeHandle(claim.volumeName()).endSource()
                .withNewVolumeSnapshotRef().withApiVersion(SnapshotApi.GROUP + "/v1").withKind("VolumeSnapshot")
                .withNamespace(snapshot.getMetadata().getNamespace()).withName(snapshot.getMetadata().getName())
                .withUid(snapshot.getMetadata().getUid()).endVolumeSnapshotRef()
                .endSpec().build();
    }

    /** The named class, or the default class of the driver that provisioned the claim's volume. */
    private VolumeSnapshotClass snapshotClass(VolumeSnapshot snapshot, PersistentVolumeClaim pvc) {
        String name = snapshot.getSpec().getVolumeSnapshotClassName();
        if (name != null) {
            return client.resources(VolumeSnapshotClass.class).withName(name).get();
        }
        if (pvc.getSpec().getVolumeName() == null) {
            return null;
        }
        var volume = client.persistentVolumes().withName(pvc.getSpec().getVolumeName()).get();
        String driver = volume == null || volume.getSpec().getCsi() == null ? null
                : volume.getSpec().getCsi().getDriver();
        return client.resources(VolumeSnapshotClass.class).list().getItems().stream()
                .filter(c -> c.getDriver().equals(driver))
                .filter(c -> "true".equals(c.getMetadata().getAnnotations().get(StorageCatalog.DEFAULT_SNAPSHOT_CLASS)))
                .findFirst().orElse(null);
    }

    /** Says why the snapshot waits, once: an unchanged status makes no new event to react to. */
    private void pending(VolumeSnapshot snapshot, String message) {
        events.warningOnce(snapshot, COMPONENT, "SnapshotCreationFailed", "Failed to create snapshot: " + message);
        client.resources(VolumeSnapshot.class).inNamespace(snapshot.getMetadata().getNamespace())
                .withName(snapshot.getMetadata().getName()).editStatus(s -> {
                    var error = s.getStatus() == null ? null : s.getStatus().getError();
                    if (error == null || !message.equals(error.getMessage())) {
                        s.setStatus(new VolumeSnapshotStatusBuilder().withReadyToUse(false).withError(
                                new VolumeSnapshotErrorBuilder().withMessage(message).withTime(PodStatuses.now())
                                        .build()).build());
                    }
                    return s;
                });
    }

    private void snapshotStatus(VolumeSnapshot snapshot, VolumeSnapshotStatusBuilder status) {
        client.resources(VolumeSnapshot.class).inNamespace(snapshot.getMetadata().getNamespace())
                .withName(snapshot.getMetadata().getName()).editStatus(s -> {
                    s.setStatus(status.build());
                    return s;
                });
    }
}
