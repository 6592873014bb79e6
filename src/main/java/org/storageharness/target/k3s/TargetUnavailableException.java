package org.storageharness.target.k3s;

/** The target cannot be started on this machine (no Docker for K3s); says what to run instead. */
public final class TargetUnavailableException extends RuntimeException {

    public TargetUnavailableException(String message) {
        super("Cluster unavailable: " + message);
    }
}
