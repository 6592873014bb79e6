package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pods of a storage engine (its manager, its CSI plugin...) that the simulation shows Running and Ready on the first
 * node without running anything: the scheduler and the kubelet leave them alone, and their metrics report the usage the
 * test sets. They let the harness's engine lookups and resource sampling be tested without the engine.
 */
final class EnginePods {

    /** Marks an engine pod; its value is always "true". */
    static final String ANNOTATION = "simcluster.storage-harness.org/engine-pod";

    private final KubernetesClient client;
    private final Nodes nodes;
    private final PodUsages usages;

    EnginePods(KubernetesClient client, Nodes nodes, PodUsages usages) {
        this.client = client;
        this.nodes = nodes;
        this.usages = usages;
    }

    static boolean isEnginePod(Pod pod) {
        Map<String, String> annotations = pod.getMetadata().getAnnotations();
        return annotations != null && "true".equals(annotations.get(ANNOTATION));
    }

    /** Creates the pod (and its namespace if missing), Running and Ready, reporting {@code usage}. */
    void add(String namespace, String name, Map<String, String> labels, String image, ResourceUsage usage) {
        String node = nodes.first().orElseThrow(() -> new IllegalStateException("no node for engine pod ["
                + namespace + "/" + name + "] in the simulated cluster; add one with addNode first"));
        if (client.namespaces().withName(namespace).get() == null) {
            client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata()
                    .build()).create();
        }
        Pod pod = client.pods().inNamespace(namespace).resource(pod(name, labels, image, node)).create();
        usages.fix(pod.getMetadata().getUid(), usage);
        client.pods().inNamespace(namespace).withName(name).editStatus(p -> running(p, node));
    }

    /** From now on the engine pod reports {@code usage}. */
    void setUsage(String namespace, String name, ResourceUsage usage) {
        Pod pod = client.pods().inNamespace(namespace).withName(name).get();
        if (pod == null || !isEnginePod(pod)) {
            throw new IllegalArgumentException("no engine pod [" + namespace + "/" + name + "] in the simulated "
                    + "cluster" + (pod == null ? "" : " (that pod runs as a process, its usage is measured)")
                    + "; add it with addEnginePod");
        }
        usages.fix(pod.getMetadata().getUid(), usage);
    }

    private static Pod pod(String name, Map<String, String> labels, String image, String node) {
        return new PodBuilder().withNewMetadata().withName(name).withLabels(Objects.requireNonNull(labels, "labels"))
                .addToAnnotations(ANNOTATION, "true").endMetadata()
                .withNewSpec().withNodeName(node).withRestartPolicy("Always")
                .addNewContainer().withName(containerName(image)).withImage(image).endContainer()
                .endSpec().build();
    }

    /** As the engine's manifests name the container: after the image ({@code longhornio/longhorn-manager:v1.7.2}). */
    private static String containerName(String image) {
        String repository = Objects.requireNonNull(image, "image").split("[:@]")[0];
        return repository.substring(repository.lastIndexOf('/') + 1);
    }

    private Pod running(Pod pod, String nodeName) {
        var node = client.nodes().withName(nodeName).get();
        PodStatuses.statusOf(pod).setPhase("Running");
        pod.getStatus().setHostIP(node == null ? null : Nodes.internalIp(node));
        pod.getStatus().setPodIP("10.244.1." + (1 + Math.floorMod(pod.getMetadata().getUid().hashCode(), 250)));
        pod.getStatus().setStartTime(PodStatuses.now());
        for (String condition : new String[] {"PodScheduled", "Initialized", "ContainersReady", "Ready"}) {
            PodStatuses.setCondition(pod, condition, true, null, null);
        }
        pod.getStatus().setContainerStatuses(List.of(PodStatuses.running(pod.getSpec().getContainers()
                .get(0), "simcluster://engine/" + pod.getMetadata().getUid(), PodStatuses.now())));
        return pod;
    }
}
