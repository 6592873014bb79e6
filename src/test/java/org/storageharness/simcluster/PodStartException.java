package org.storageharness.simcluster;

/**
 * A pod's container cannot start: the kubelet leaves the container waiting with {@link #waitingReason()} and records
 * an event with {@link #eventReason()}, as a real kubelet does for a missing ConfigMap or a bad container spec.
 */
final class PodStartException extends Exception {

    private final String waitingReason;
    private final String eventReason;

    PodStartException(String waitingReason, String eventReason, String message) {
        super(message);
        this.waitingReason = waitingReason;
        this.eventReason = eventReason;
    }

    static PodStartException failedMount(String message) {
        return new PodStartException("ContainerCreating", "FailedMount", message);
    }

    static PodStartException configError(String message) {
        return new PodStartException("CreateContainerConfigError", "Failed", message);
    }

    String waitingReason() {
        return waitingReason;
    }

    String eventReason() {
        return eventReason;
    }
}
