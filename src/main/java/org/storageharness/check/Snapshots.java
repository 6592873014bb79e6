package org.storageharness.check;

import java.time.Duration;
import java.util.Optional;

/** Takes point-in-time snapshots of a check's volumes with the engine's snapshot class. */
public interface Snapshots {

    /**
     * A ready snapshot.
     *
     * @param restoreSize the snapshot's {@code status.restoreSize} (a Kubernetes quantity): restores request exactly it
     * @param ready time from creating the VolumeSnapshot until it was ready to use
     */
    record Snapshot(String name, String restoreSize, Duration ready) {
    }

    /** The engine's VolumeSnapshotClass, or empty with {@link #snapshotClassProblem()} saying why. */
    Optional<String> snapshotClass();

    /** Why the engine has no usable snapshot class (what to create); empty when it has one. */
    String snapshotClassProblem();

    /** Takes a snapshot of {@code volume} with {@code snapshotClass} and waits until it is ready. */
    Snapshot snapshot(Volumes.Volume volume, String snapshotClass, Duration bound) throws InterruptedException;
}
