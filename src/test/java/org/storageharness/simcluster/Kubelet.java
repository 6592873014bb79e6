package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.cache.Store;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The kubelets of all simulated nodes. A pod scheduled to a Ready node goes Pending (ContainerCreating) → Running →
 * Succeeded or Failed with its command's exit code; the image is never pulled, only named in events. Faults stop it at
 * ContainerCreating or at the image pull. Engine pods ({@link EnginePods}) are left alone: nothing runs for them.
 */
final class Kubelet {

    private static final String COMPONENT = "kubelet";
    private static final Duration IMAGE_PULL_BACKOFF = Duration.ofMillis(500);

    private final KubernetesClient client;
    private final ControlLoop loop;
    private final Store<Node> nodes;
    private final Store<Pod> pods;
    private final ContainerRuntime runtime;
    private final Events events;
    private final Faults faults;
    private final ReplicatedEngines engines;
    private final Set<String> handled = new HashSet<>();

    Kubelet(KubernetesClient client, ControlLoop loop, Store<Node> nodes, Store<Pod> pods, ContainerRuntime runtime,
            Events events, Faults faults, ReplicatedEngines engines) {
        this.client = client;
        this.loop = loop;
        this.nodes = nodes;
        this.pods = pods;
        this.runtime = runtime;
        this.events = events;
        this.faults = faults;
        this.engines = engines;
    }

    void reconcile(Pod pod) {
        if (!due(pod)) {
            return;
        }
        handled.add(pod.getMetadata().getUid());
        runtime.waiting(pod, "ContainerCreating");
        update(pod, p -> creating(p, nodes.getByKey(p.getSpec().getNodeName())));
        if (faults.isContainerCreatingStuck(pod)) {
            return;
        }
        if (faults.isImagePullFailing(pod)) {
            pullFails(pod);
        } else {
            run(pod);
        }
    }

    /** A node became Ready (again): its kubelet picks up the pods bound to it meanwhile. */
    void nodeChanged(Node node) {
        pods.list().stream().filter(p -> node.getMetadata().getName().equals(p.getSpec().getNodeName()))
                .forEach(this::reconcile);
    }

    void deleted(Pod pod) {
        handled.remove(pod.getMetadata().getUid());
        runtime.remove(pod);
        engines.stopped(pod);
    }

    private boolean due(Pod pod) {
        String nodeName = pod.getSpec().getNodeName();
        if (nodeName == null || handled.contains(pod.getMetadata().getUid()) || PodStatuses.terminal(pod)
                || pod.getMetadata().getDeletionTimestamp() != null || EnginePods.isEnginePod(pod)) {
            return false;
        }
        Node node = nodes.getByKey(nodeName);
        return node != null && Nodes.isReady(node);
    }

    private void run(Pod pod) {
        PodProcess process;
        engines.starting(pod);
        try {
            process = runtime.start(pod, faults.isFioFailing(pod));
        } catch (PodStartException e) {
            engines.stopped(pod);
            events.warning(pod, COMPONENT, e.eventReason(), e.getMessage());
            runtime.waiting(pod, e.waitingReason());
            update(pod, p -> waiting(p, e.waitingReason(), e.getMessage()));
            return;
        }
        Container container = pod.getSpec().getContainers().get(0);
        events.normal(pod, COMPONENT, "Pulled", "Container image \"" + container.getImage()
                + "\" already present on machine");
        events.normal(pod, COMPONENT, "Created", "Created container " + container.getName());
        events.normal(pod, COMPONENT, "Started", "Started container " + container.getName());
        engines.started(pod, process);
        update(pod, p -> running(p, process));
        process.exitCode().thenAccept(code -> loop.run("exit of pod " + pod.getMetadata().getName(),
                () -> exited(pod, process, code)));
    }

    private void exited(Pod pod, PodProcess process, int exitCode) {
        engines.stopped(pod);
        if (!runtime.isCurrent(pod, process)) {
            return;
        }
        update(pod, p -> {
            PodStatuses.statusOf(p).setPhase(exitCode == 0 ? "Succeeded" : "Failed");
            PodStatuses.setCondition(p, "Ready", false, "PodCompleted", null);
            PodStatuses.setCondition(p, "ContainersReady", false, "PodCompleted", null);
            p.getStatus().setContainerStatuses(List.of(PodStatuses.terminated(p.getSpec().getContainers().get(0),
                    process.containerId(), exitCode, process.startedAt())));
        });
    }

    private void pullFails(Pod pod) {
        String image = pod.getSpec().getContainers().get(0).getImage();
        String message = "failed to pull and unpack image \"" + image + "\": failed to resolve reference \"" + image
                + "\": " + image + ": not found (simulated fault)";
        events.normal(pod, COMPONENT, "Pulling", "Pulling image \"" + image + "\"");
        events.warning(pod, COMPONENT, "Failed", "Failed to pull image \"" + image + "\": " + message);
        events.warning(pod, COMPONENT, "Failed", "Error: ErrImagePull");
        runtime.waiting(pod, "ErrImagePull");
        update(pod, p -> waiting(p, "ErrImagePull", message));
        loop.later("image pull back-off of pod " + pod.getMetadata().getName(), IMAGE_PULL_BACKOFF, () -> {
            if (handled.contains(pod.getMetadata().getUid())) {
                String backOff = "Back-off pulling image \"" + image + "\"";
                events.normal(pod, COMPONENT, "BackOff", backOff);
                events.warning(pod, COMPONENT, "Failed", "Error: ImagePullBackOff");
                runtime.waiting(pod, "ImagePullBackOff");
                update(pod, p -> waiting(p, "ImagePullBackOff", backOff));
            }
        });
    }

    private static void creating(Pod pod, Node node) {
        PodStatuses.statusOf(pod).setPhase("Pending");
        pod.getStatus().setHostIP(node == null ? null : Nodes.internalIp(node));
        pod.getStatus().setStartTime(PodStatuses.now());
        PodStatuses.setCondition(pod, "Initialized", true, null, null);
        String unready = "containers with unready status: [" + pod.getSpec().getContainers().get(0).getName() + "]";
        PodStatuses.setCondition(pod, "Ready", false, "ContainersNotReady", unready);
        PodStatuses.setCondition(pod, "ContainersReady", false, "ContainersNotReady", null);
        waiting(pod, "ContainerCreating", null);
    }

    private static void waiting(Pod pod, String reason, String message) {
        pod.getStatus().setContainerStatuses(List.of(PodStatuses.waiting(pod.getSpec().getContainers().get(0),
                reason, message)));
    }

    private static void running(Pod pod, PodProcess process) {
        PodStatuses.statusOf(pod).setPhase("Running");
        pod.getStatus().setPodIP("10.244.0." + (1 + Math.floorMod(process.containerId().hashCode(), 250)));
        PodStatuses.setCondition(pod, "Ready", true, null, null);
        PodStatuses.setCondition(pod, "ContainersReady", true, null, null);
        pod.getStatus().setContainerStatuses(List.of(PodStatuses.running(pod.getSpec().getContainers().get(0),
                process.containerId(), process.startedAt())));
    }

    /** Edits the status of this very pod (not of a newer pod reusing its name). */
    private void update(Pod pod, Consumer<Pod> change) {
        client.pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName())
                .editStatus(current -> {
                    if (pod.getMetadata().getUid().equals(current.getMetadata().getUid())) {
                        change.accept(current);
                    }
                    return current;
                });
    }
}
