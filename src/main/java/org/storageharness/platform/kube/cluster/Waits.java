package org.storageharness.platform.kube.cluster;

import io.fabric8.kubernetes.api.model.ContainerStateWaiting;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Named, bounded waits on pods, built on fabric8's watch-based {@code waitUntilCondition}. */
public final class Waits {

    /** Container waiting reasons that never fix themselves: waiting longer only hides the problem. */
    private static final Set<String> HOPELESS = Set.of("ErrImagePull", "ImagePullBackOff", "InvalidImageName",
            "CreateContainerConfigError", "CreateContainerError", "ErrImageNeverPull");

    private final KubernetesClient client;
    private final String namespace;

    public Waits(KubernetesClient client, String namespace) {
        this.client = client;
        this.namespace = namespace;
    }

    /**
     * Waits until the pod runs (its volume bound, the pod scheduled, the image pulled) or has already finished;
     * fails fast when it can never start.
     */
    public Pod started(String pod, Duration bound) throws InterruptedException {
        return until(pod, p -> isTerminal(p) || "Running".equals(phase(p)), bound,
                "pod [" + pod + "] to start (volume bound, pod scheduled, image pulled)",
                "raise [kubernetes.bindTimeout] if the cluster is just slow");
    }

    /** Waits until the pod has finished (Succeeded or Failed). */
    public Pod finished(String pod, Duration bound) throws InterruptedException {
        return until(pod, Waits::isTerminal, bound, "pod [" + pod + "] to run fio to the end",
                "fio's runtime plus layout time plus 2 min was not enough; look at fio's messages and the node");
    }

    private Pod until(String pod, Predicate<Pod> done, Duration bound, String what, String hint)
            throws InterruptedException {
        Pod last;
        try {
            last = client.pods().inNamespace(namespace).withName(pod).waitUntilCondition(
                    p -> p == null || done.test(p) || hopeless(p).isPresent(), bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (KubernetesClientTimeoutException e) {
            Pod now = client.pods().inNamespace(namespace).withName(pod).get();
            throw new ClusterTimeoutException(what, bound, describe(now), hint);
        } catch (KubernetesClientException e) {
            if (Thread.interrupted() || e.getCause() instanceof InterruptedException) {
                throw new InterruptedException("interrupted while waiting for pod [" + pod + "]");
            }
            throw e;
        }
        if (last == null) {
            throw new ClusterProblemException("pod [" + pod + "] was deleted while it ran fio");
        }
        Optional<String> reason = hopeless(last);
        if (reason.isPresent() && !isTerminal(last)) {
            throw new ClusterProblemException("pod [" + pod + "] cannot start: " + reason.get()
                    + "; check the image [kubernetes.fioImage] / -Dfio.image and that the nodes can pull it");
        }
        return last;
    }

    public static boolean isTerminal(Pod pod) {
        String phase = phase(pod);
        return "Succeeded".equals(phase) || "Failed".equals(phase);
    }

    private static String phase(Pod pod) {
        return pod.getStatus() == null ? null : pod.getStatus().getPhase();
    }

    public static Optional<String> hopeless(Pod pod) {
        List<ContainerStatus> statuses = pod.getStatus() == null ? List.of() : pod.getStatus().getContainerStatuses();
        for (ContainerStatus s : statuses == null ? List.<ContainerStatus>of() : statuses) {
            ContainerStateWaiting waiting = s.getState() == null ? null : s.getState().getWaiting();
            if (waiting != null && HOPELESS.contains(waiting.getReason())) {
                return Optional.of(waiting.getReason() + " [" + waiting.getMessage() + "]");
            }
        }
        return Optional.empty();
    }

    /** One line of state for a timeout message: phase, and why a container waits. */
    public static String describe(Pod pod) {
        if (pod == null) {
            return "gone";
        }
        String phase = pod.getStatus() == null ? "no status" : pod.getStatus().getPhase();
        List<ContainerStatus> statuses = pod.getStatus() == null ? null : pod.getStatus().getContainerStatuses();
        if (statuses != null && !statuses.isEmpty() && statuses.get(0).getState() != null
                && statuses.get(0).getState().getWaiting() != null) {
            return phase + ": " + statuses.get(0).getState().getWaiting().getReason();
        }
        boolean scheduled = pod.getSpec() != null && pod.getSpec().getNodeName() != null;
        return phase + (scheduled ? " on " + pod.getSpec().getNodeName() : ", not scheduled");
    }

    public static String format(Duration d) {
        long s = d.toSeconds();
        return s >= 120 ? s / 60 + " min" : s + " s";
    }
}
