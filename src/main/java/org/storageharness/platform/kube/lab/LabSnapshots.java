package org.storageharness.platform.kube.lab;

import org.storageharness.platform.kube.cluster.Manifests;

import org.storageharness.platform.kube.cluster.ClusterProblemException;
import org.storageharness.platform.kube.cluster.ClusterTimeoutException;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshot;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshotBuilder;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.storageharness.check.Snapshots;

/** Takes VolumeSnapshots of a lab's volumes and waits, bounded and by watch, until they are ready to use. */
public final class LabSnapshots {

    private final KubernetesClient client;
    private final String namespace;
    private final Manifests manifests;

    public LabSnapshots(KubernetesClient client, String namespace, Manifests manifests) {
        this.client = client;
        this.namespace = namespace;
        this.manifests = manifests;
    }

    public void create(String name, String engine, String claim, String snapshotClass) {
        VolumeSnapshot snapshot = new VolumeSnapshotBuilder().withMetadata(manifests.meta(name, "snapshot", engine))
                .withNewSpec().withVolumeSnapshotClassName(snapshotClass).withNewSource()
                .withPersistentVolumeClaimName(claim).endSource().endSpec().build();
        client.resources(VolumeSnapshot.class).inNamespace(namespace).resource(snapshot).create();
    }

    /** Waits until {@code name} is ready; a timeout says what the snapshot controller last reported. */
    public Snapshots.Snapshot awaitReady(String name, long createdNanos, Duration bound) {
        VolumeSnapshot ready;
        try {
            ready = client.resources(VolumeSnapshot.class).inNamespace(namespace).withName(name).waitUntilCondition(
                    s -> s != null && s.getStatus() != null && Boolean.TRUE.equals(s.getStatus().getReadyToUse()),
                    bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (KubernetesClientTimeoutException e) {
            VolumeSnapshot now = client.resources(VolumeSnapshot.class).inNamespace(namespace).withName(name).get();
            throw new ClusterTimeoutException("VolumeSnapshot [" + name + "] to be ready to use", bound,
                    describe(now), "look at the snapshot controller's and the CSI snapshotter's logs; raise"
                    + " [checks.snapshotTimeout] if the engine is just slow");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - createdNanos);
        String size = ready.getStatus().getRestoreSize() == null ? null
                : ready.getStatus().getRestoreSize().toString();
        if (size == null) {
            throw new ClusterProblemException("VolumeSnapshot [" + name + "] is ready but has no status.restoreSize;"
                    + " a restore could not request the snapshot's exact size");
        }
        return new Snapshots.Snapshot(name, size, took);
    }

    private static String describe(VolumeSnapshot s) {
        if (s == null) {
            return "gone";
        }
        if (s.getStatus() == null) {
            return "no status yet (is a snapshot controller running?)";
        }
        return "readyToUse=" + s.getStatus().getReadyToUse() + (s.getStatus().getError() == null ? ""
                : ", error: " + s.getStatus().getError().getMessage());
    }
}
