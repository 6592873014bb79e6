package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.cache.Store;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The default scheduler, reduced to what storage tests meet: Ready and schedulable (not cordoned) nodes, the pod's
 * nodeSelector, the node affinity of bound volumes, and WaitForFirstConsumer claims (select a node for them, wait until
 * they are bound, then bind the pod). Among fitting nodes it takes the one running the fewest pods.
 */
final class Scheduler {

    private static final String COMPONENT = "default-scheduler";

    private final KubernetesClient client;
    private final Store<Node> nodes;
    private final Store<Pod> pods;
    private final Events events;
    private final Set<String> bound = new HashSet<>();

    Scheduler(KubernetesClient client, Store<Node> nodes, Store<Pod> pods, Events events) {
        this.client = client;
        this.nodes = nodes;
        this.pods = pods;
        this.events = events;
    }

    void reconcile(Pod pod) {
        if (pod.getSpec().getNodeName() != null || bound.contains(pod.getMetadata().getUid())
                || PodStatuses.terminal(pod) || pod.getMetadata().getDeletionTimestamp() != null) {
            return;
        }
        VolumeConstraints volumes = VolumeConstraints.of(client, pod);
        String node = volumes.problem() == null ? fittingNode(pod, volumes.nodes()) : null;
        if (node == null) {
            unschedulable(pod, volumes.problem() != null ? volumes.problem() : whyNoNode(pod, volumes.nodes()));
        } else if (!volumes.toSelect().isEmpty()) {
            volumes.toSelect().forEach(claim -> selectNode(claim, node));
        } else if (!volumes.waiting()) {
            bind(pod, node);
        }
    }

    /** Pods of {@code namespace} (null: all) waiting for a node get another try. */
    void retry(String namespace) {
        pods.list().stream().filter(p -> namespace == null || namespace.equals(p.getMetadata().getNamespace()))
                .filter(p -> p.getSpec().getNodeName() == null).forEach(this::reconcile);
    }

    private String fittingNode(Pod pod, Set<String> allowed) {
        return nodes.list().stream().filter(n -> misfit(pod, n, allowed) == null)
                .min(Comparator.comparingLong((Node n) -> load(n.getMetadata().getName()))
                        .thenComparing(n -> n.getMetadata().getName()))
                .map(n -> n.getMetadata().getName()).orElse(null);
    }

    /** Why {@code node} cannot take the pod, in the words of the real scheduler; null when it can. */
    private static String misfit(Pod pod, Node node, Set<String> allowed) {
        if (!Nodes.isReady(node)) {
            return "node(s) had untolerated taint {" + Nodes.NOT_READY_TAINT + ": }";
        }
        if (Boolean.TRUE.equals(node.getSpec().getUnschedulable())) {
            return "node(s) were unschedulable";
        }
        Map<String, String> labels = node.getMetadata().getLabels();
        if (!pod.getSpec().getNodeSelector().entrySet().stream()
                .allMatch(e -> Objects.equals(labels.get(e.getKey()), e.getValue()))) {
            return "node(s) didn't match Pod's node affinity/selector";
        }
        if (allowed != null && !allowed.contains(node.getMetadata().getName())) {
            return "node(s) had volume node affinity conflict";
        }
        return null;
    }

    private String whyNoNode(Pod pod, Set<String> allowed) {
        List<Node> all = nodes.list();
        if (all.isEmpty()) {
            return "no nodes available to schedule pods";
        }
        Map<String, Long> reasons = all.stream().map(n -> misfit(pod, n, allowed)).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(r -> r, LinkedHashMap::new, Collectors.counting()));
        return "0/" + all.size() + " nodes are available: " + reasons.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).sorted().collect(Collectors.joining(", ")) + ".";
    }

    private long load(String node) {
        return pods.list().stream().filter(p -> node.equals(p.getSpec().getNodeName()))
                .filter(p -> !PodStatuses.terminal(p)).count();
    }

    private void selectNode(Claim claim, String node) {
        client.persistentVolumeClaims().inNamespace(claim.namespace()).withName(claim.name()).edit(pvc -> {
            Map<String, String> annotations = new HashMap<>(pvc.getMetadata().getAnnotations());
            annotations.put(Claim.SELECTED_NODE, node);
            pvc.getMetadata().setAnnotations(annotations);
            return pvc;
        });
    }

    private void unschedulable(Pod pod, String message) {
        PodCondition scheduled = PodStatuses.condition(pod, "PodScheduled");
        if (scheduled != null && message.equals(scheduled.getMessage())) {
            return;
        }
        client.pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName())
                .editStatus(p -> {
                    PodStatuses.statusOf(p).setPhase("Pending");
                    PodStatuses.setCondition(p, "PodScheduled", false, "Unschedulable", message);
                    return p;
                });
        events.warningOnce(pod, COMPONENT, "FailedScheduling", message);
    }

    private void bind(Pod pod, String node) {
        bound.add(pod.getMetadata().getUid());
        client.pods().inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName()).edit(p -> {
            p.getSpec().setNodeName(node);
            PodStatuses.statusOf(p).setPhase("Pending");
            PodStatuses.setCondition(p, "PodScheduled", true, null, null);
            return p;
        });
        events.normal(pod, COMPONENT, "Scheduled", "Successfully assigned " + pod.getMetadata().getNamespace() + "/"
                + pod.getMetadata().getName() + " to " + node);
    }
}
