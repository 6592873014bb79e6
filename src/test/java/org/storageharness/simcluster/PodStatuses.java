package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Pod status pieces as the scheduler and kubelet report them. */
final class PodStatuses {

    private PodStatuses() {
    }

    static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static boolean terminal(Pod pod) {
        String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
        return "Succeeded".equals(phase) || "Failed".equals(phase);
    }

    /** The pod's condition of {@code type}, or null. */
    static PodCondition condition(Pod pod, String type) {
        return pod.getStatus() == null ? null : pod.getStatus().getConditions().stream()
                .filter(c -> type.equals(c.getType())).findFirst().orElse(null);
    }

    /** Sets a condition, replacing the one of the same type; keeps the transition time if the status is unchanged. */
    static void setCondition(Pod pod, String type, boolean status, String reason, String message) {
        PodCondition old = condition(pod, type);
        String value = status ? "True" : "False";
        String transition = old != null && value.equals(old.getStatus()) ? old.getLastTransitionTime() : now();
        PodCondition condition = new PodConditionBuilder().withType(type).withStatus(value).withReason(reason)
                .withMessage(message).withLastTransitionTime(transition).build();
        PodStatus podStatus = statusOf(pod);
        List<PodCondition> conditions = new ArrayList<>(podStatus.getConditions());
        conditions.removeIf(c -> type.equals(c.getType()));
        conditions.add(condition);
        podStatus.setConditions(conditions);
    }

    static PodStatus statusOf(Pod pod) {
        if (pod.getStatus() == null) {
            pod.setStatus(new PodStatus());
        }
        return pod.getStatus();
    }

    static ContainerStatus waiting(Container container, String reason, String message) {
        return base(container, null).withReady(false).withStarted(false)
                .withNewState().withNewWaiting().withReason(reason).withMessage(message).endWaiting().endState()
                .build();
    }

    static ContainerStatus running(Container container, String containerId, String startedAt) {
        return base(container, containerId).withReady(true).withStarted(true)
                .withNewState().withNewRunning().withStartedAt(startedAt).endRunning().endState().build();
    }

    static ContainerStatus terminated(Container container, String containerId, int exitCode, String startedAt) {
        return base(container, containerId).withReady(false).withStarted(false)
                .withNewState().withNewTerminated().withExitCode(exitCode)
                .withReason(exitCode == 0 ? "Completed" : "Error").withStartedAt(startedAt).withFinishedAt(now())
                .withContainerID(containerId).endTerminated().endState().build();
    }

    private static ContainerStatusBuilder base(Container container, String containerId) {
        return new ContainerStatusBuilder().withName(container.getName()).withImage(container.getImage())
                .withImageID(containerId == null ? "" : "simcluster://sha256:" + Integer.toHexString(
                        container.getImage().hashCode()))
                .withContainerID(containerId).withRestartCount(0);
    }
}
