package org.storageharness.platform.kube.cluster;

/** The cluster cannot run the case (image pull failure, a pod that cannot start); the case is broken. */
public final class ClusterProblemException extends RuntimeException {

    public ClusterProblemException(String message) {
        super("Cluster unavailable: " + message);
    }
}
