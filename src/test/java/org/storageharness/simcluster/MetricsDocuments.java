package org.storageharness.simcluster;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Duration;
import io.fabric8.kubernetes.api.model.ListMeta;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.NodeMetrics;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.NodeMetricsBuilder;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.NodeMetricsList;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.NodeMetricsListBuilder;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.PodMetrics;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.PodMetricsBuilder;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.PodMetricsList;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.PodMetricsListBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.MockResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * PodMetrics and NodeMetrics as metrics-server builds them: the pods and nodes the store holds now (namespace, name and
 * label selector applied by the store), each pod with the usage its kubelet reports; a pod without usage (not running)
 * has no metrics. A node's usage is the sum of its pods' usage.
 */
final class MetricsDocuments {

    private final KubernetesCrudDispatcher store;
    private final PodUsages usages;

    MetricsDocuments(KubernetesCrudDispatcher store, PodUsages usages) {
        this.store = store;
        this.usages = usages;
    }

    /** Metrics of the running pods of {@code namespace} (null: all) matching {@code labelSelector} (URL-encoded). */
    PodMetricsList pods(String namespace, String labelSelector) {
        String path = (namespace == null ? "/api/v1/pods" : "/api/v1/namespaces/" + namespace + "/pods")
                + query(labelSelector);
        List<PodMetrics> items = read(path, Pod.class).stream().map(this::metrics).flatMap(Optional::stream)
                .toList();
        return new PodMetricsListBuilder().withMetadata(new ListMeta()).withItems(items).build();
    }

    Optional<PodMetrics> pod(String namespace, String name) {
        return read("/api/v1/namespaces/" + namespace + "/pods/" + name, Pod.class).stream().findFirst()
                .flatMap(this::metrics);
    }

    NodeMetricsList nodes(String labelSelector) {
        Map<String, ResourceUsage> usage = usageByNode();
        List<NodeMetrics> items = read("/api/v1/nodes" + query(labelSelector), Node.class).stream()
                .map(node -> metrics(node, usage)).toList();
        return new NodeMetricsListBuilder().withMetadata(new ListMeta()).withItems(items).build();
    }

    Optional<NodeMetrics> node(String name) {
        return read("/api/v1/nodes/" + name, Node.class).stream().findFirst()
                .map(node -> metrics(node, usageByNode()));
    }

    private Optional<PodMetrics> metrics(Pod pod) {
        String container = pod.getSpec().getContainers().isEmpty() ? "" : pod.getSpec().getContainers().get(0)
                .getName();
        return usages.of(pod.getMetadata().getUid()).map(usage -> new PodMetricsBuilder()
                .withMetadata(metadata(pod.getMetadata())).withTimestamp(PodStatuses.now())
                .withWindow(new Duration(usage.window()))
                .addNewContainer().withName(container).withUsage(usage.quantities()).endContainer().build());
    }

    private static NodeMetrics metrics(Node node, Map<String, ResourceUsage> usageByNode) {
        ResourceUsage usage = usageByNode.getOrDefault(node.getMetadata().getName(), ResourceUsage.NONE);
        return new NodeMetricsBuilder().withMetadata(metadata(node.getMetadata())).withTimestamp(PodStatuses.now())
                .withWindow(new Duration(usage.window())).withUsage(usage.quantities()).build();
    }

    /** Each node's running pods' usage summed; nodes without running pods are missing. */
    private Map<String, ResourceUsage> usageByNode() {
        return read("/api/v1/pods", Pod.class).stream().filter(pod -> pod.getSpec().getNodeName() != null)
                .flatMap(pod -> usages.of(pod.getMetadata().getUid())
                        .map(usage -> Map.entry(pod.getSpec().getNodeName(), usage)).stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, ResourceUsage::plus));
    }

    private static ObjectMeta metadata(ObjectMeta of) {
        return new ObjectMetaBuilder().withName(of.getName()).withNamespace(of.getNamespace())
                .withLabels(of.getLabels()).withCreationTimestamp(PodStatuses.now()).build();
    }

    private static String query(String labelSelector) {
        return labelSelector == null ? "" : "?labelSelector=" + labelSelector;
    }

    /** The objects the store answers {@code path} with: the items of a list, the one object, or none (404). */
    private <T> List<T> read(String path, Class<T> type) {
        MockResponse response = store.handleGet(path);
        if (response.code() != 200 || response.getBody() == null) {
            return List.of();
        }
        JsonNode body = Serialization.unmarshal(new String(response.getBody().getBytes(), StandardCharsets.UTF_8),
                JsonNode.class);
        Iterable<JsonNode> objects = body.has("items") ? body.get("items") : List.of(body);
        return StreamSupport.stream(objects.spliterator(), false)
                .map(object -> Serialization.jsonMapper().convertValue(object, type)).toList();
    }
}
