package org.storageharness.engine.adapter;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The engine's pods in its namespace, found by one label: listed (tier 1), and deleted one at a time (tier 2). */
final class EnginePods {

    private final KubernetesClient client;
    private final String namespace;
    private final String labelKey;
    private final String labelValue;

    EnginePods(KubernetesClient client, String namespace, String labelKey, String labelValue) {
        this.client = client;
        this.namespace = namespace;
        this.labelKey = labelKey;
        this.labelValue = labelValue;
    }

    /** The selector as the user would type it, for messages. */
    String selector() {
        return labelKey + "=" + labelValue;
    }

    String namespace() {
        return namespace;
    }

    /** Every matching pod, sorted by name so that choices among them are repeatable. */
    List<Pod> list() {
        return Access.READ.call("list pods [" + selector() + "] in namespace [" + namespace + "]",
                () -> client.pods().inNamespace(namespace).withLabel(labelKey, labelValue).list().getItems().stream()
                        .sorted(Comparator.comparing(p -> p.getMetadata().getName())).collect(Collectors.toList()));
    }

    /** The matching pods scheduled on {@code node}. */
    List<Pod> onNode(String node) {
        return list().stream().filter(p -> p.getSpec() != null && node.equals(p.getSpec().getNodeName()))
                .collect(Collectors.toList());
    }

    /** Names of the pods among {@code pods} whose Ready condition is not True. */
    static List<String> notReady(List<Pod> pods) {
        return pods.stream().filter(p -> !ready(p)).map(p -> p.getMetadata().getName()).collect(Collectors.toList());
    }

    /** Deletes exactly {@code pod}; {@code what} explains it in the fault's description. */
    SelfHealingFault delete(Pod pod, String what) {
        String name = pod.getMetadata().getName();
        String node = pod.getSpec().getNodeName();
        Access.FAULT.call("delete pod [" + name + "] in namespace [" + namespace + "]",
                () -> client.pods().inNamespace(namespace).withName(name).delete());
        return new SelfHealingFault("deleted " + what + " pod " + name + " on node " + node, node);
    }

    private static boolean ready(Pod pod) {
        return pod.getStatus() != null && pod.getStatus().getConditions() != null && pod.getStatus().getConditions()
                .stream().anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    }
}
