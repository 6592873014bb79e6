package org.storageharness.platform.k3s;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.readiness.Readiness;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the pods of a namespace report when an add-on does not become ready (image pulls, "not a shared mount",
 * crash loops), in one line for a timeout message.
 */
final class PodProblems {

    private static final int MAX_PODS = 5;

    private PodProblems() {
    }

    /** e.g. {@code [csi-hostpathplugin-0: hostpath waiting CreateContainerError (path ... is not a shared mount)]}. */
    static String in(KubernetesClient client, String namespace) {
        try {
            List<String> problems = client.pods().inNamespace(namespace).list().getItems().stream()
                    .filter(pod -> !Readiness.isPodReady(pod)).limit(MAX_PODS).map(PodProblems::describe)
                    .toList();
            return problems.isEmpty() ? "no unready pods in [" + namespace + "]"
                    : "pods in [" + namespace + "]: " + String.join("; ", problems);
        } catch (KubernetesClientException e) {
            return "pods in [" + namespace + "] could not be listed (" + e.getMessage() + ")";
        }
    }

    private static String describe(Pod pod) {
        List<String> states = new ArrayList<>();
        List<ContainerStatus> statuses = pod.getStatus() == null ? List.of()
                : pod.getStatus().getContainerStatuses();
        for (ContainerStatus status : statuses) {
            if (status.getState().getWaiting() != null) {
                states.add(status.getName() + " waiting " + status.getState().getWaiting().getReason()
                        + message(status.getState().getWaiting().getMessage()));
            } else if (status.getState().getTerminated() != null) {
                states.add(status.getName() + " terminated " + status.getState().getTerminated().getReason()
                        + message(status.getState().getTerminated().getMessage()));
            }
        }
        String phase = pod.getStatus() == null ? "Unknown" : pod.getStatus().getPhase();
        return "[" + pod.getMetadata().getName() + " " + phase
                + (states.isEmpty() ? "" : ": " + states.stream().collect(Collectors.joining(", "))) + "]";
    }

    private static String message(String text) {
        return text == null || text.isBlank() ? "" : " (" + text.strip() + ")";
    }
}
