package org.storageharness.platform.kube.cluster;

import java.time.Duration;

/** A named wait on the cluster ran out of time; the case is broken and the cluster's state is in its evidence. */
public final class ClusterTimeoutException extends RuntimeException {

    /** @param hint what to change if the cluster is merely slow */
    public ClusterTimeoutException(String what, Duration bound, String state, String hint) {
        super("Cluster timeout: waited " + Waits.format(bound) + " for " + what + "; it is [" + state + "]. Pod, PVC,"
                + " event and node evidence is attached; " + hint);
    }
}
