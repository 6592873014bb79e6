package org.storageharness.check;

import java.time.Duration;
import java.util.Optional;

/** Grows a check's volumes: the claim's request raised, the engine and the node growing the volume and filesystem. */
public interface Expansion {

    /**
     * Why the engine's StorageClass does not let its volumes grow ({@code allowVolumeExpansion} is not true, or the
     * class cannot be read), or empty when it does.
     */
    Optional<String> expansionProblem();

    /** What the volume's claim requests now, in bytes. */
    long claimBytes(Volumes.Volume volume);

    /**
     * Raises the claim's request to {@code bytes} and waits, at most {@code bound}, until the claim's status reports a
     * capacity of at least that with no resize pending ({@code FileSystemResizePending}).
     *
     * @return the time from the request until the resize was reported done
     * @throws RuntimeException a timeout naming what the claim reports, when the bound passes first
     */
    Duration expand(Volumes.Volume volume, long bytes, Duration bound) throws InterruptedException;
}
