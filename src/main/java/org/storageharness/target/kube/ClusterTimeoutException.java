package org.storageharness.target.kube;

import java.time.Duration;

/** A named wait on the cluster ran out of time; the case is broken and the cluster's state is in its evidence. */
public final class ClusterTimeoutException extends RuntimeException {

    public ClusterTimeoutException(String what, Duration bound, String state) {
        super("Cluster timeout: waited " + Waits.format(bound) + " for " + what + "; it is [" + state + "]. Pod, PVC,"
                + " event and node evidence is attached; raise [kubernetes.bindTimeout] if the cluster is just slow");
    }
}
