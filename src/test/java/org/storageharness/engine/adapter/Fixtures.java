package org.storageharness.engine.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.storageharness.engine.Capabilities;
import org.storageharness.engine.EngineTraits;

/** The engines' object shapes under src/test/resources/engines/, loaded and put into fabric8's mock server. */
final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    /** Every document of a (multi-document) YAML fixture, as JSON trees to edit before use. */
    static List<ObjectNode> yaml(String path) {
        try (InputStream in = stream(path)) {
            List<ObjectNode> docs = new ArrayList<>();
            new YAMLMapper().readValues(new YAMLMapper().createParser(in), JsonNode.class)
                    .forEachRemaining(d -> {
                        if (d != null && d.isObject()) {
                            docs.add((ObjectNode) d);
                        }
                    });
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON fixture as text, as an engine's REST API would answer it. */
    static String text(String path) {
        try (InputStream in = stream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON fixture as a tree to edit. */
    static ObjectNode json(String path) {
        try {
            return (ObjectNode) JSON.readTree(text(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON array fixture (a REST list answer) as a tree to edit. */
    static ArrayNode jsonArray(String path) {
        try {
            return (ArrayNode) JSON.readTree(text(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates custom resources of one kind in the mock server's CRUD store. */
    static void createCrs(KubernetesClient client, String group, String version, String plural, List<ObjectNode> crs) {
        for (ObjectNode cr : crs) {
            ResourceDefinitionContext context = new ResourceDefinitionContext.Builder().withGroup(group)
                    .withVersion(version).withKind(cr.path("kind").asText()).withPlural(plural).withNamespaced(true)
                    .build();
            GenericKubernetesResource resource = JSON.convertValue(cr, GenericKubernetesResource.class);
            client.genericKubernetesResources(context).inNamespace(resource.getMetadata().getNamespace())
                    .resource(resource).create();
        }
    }

    /** Creates the pods of a YAML fixture in the mock server's CRUD store. */
    static void createPods(KubernetesClient client, String path) {
        for (ObjectNode doc : yaml(path)) {
            Pod pod = JSON.convertValue(doc, Pod.class);
            client.pods().inNamespace(pod.getMetadata().getNamespace()).resource(pod).create();
        }
    }

    /** Sets {@code value} at the dotted path under {@code node} ({@code status.robustness}), creating objects. */
    static ObjectNode set(ObjectNode node, String path, Object value) {
        String[] keys = path.split("\\.");
        ObjectNode parent = node;
        for (int i = 0; i < keys.length - 1; i++) {
            JsonNode child = parent.get(keys[i]);
            parent = child instanceof ObjectNode object ? object : parent.putObject(keys[i]);
        }
        parent.set(keys[keys.length - 1], JSON.valueToTree(value));
        return node;
    }

    /** A client of the same mock server with other retry and timeout settings; the caller closes it. */
    static KubernetesClient client(KubernetesClient mockClient, int retries, int requestTimeoutMillis) {
        return new KubernetesClientBuilder().withConfig(new ConfigBuilder(mockClient.getConfiguration())
                .withRequestRetryBackoffLimit(retries).withRequestRetryBackoffInterval(50)
                .withRequestTimeout(requestTimeoutMillis).build()).build();
    }

    /** Traits naming {@code adapter} with the given engine namespace and adapter settings. */
    static EngineTraits traits(String adapter, String namespace, Map<String, String> settings) {
        return new EngineTraits(adapter, Capabilities.NONE, null, Map.of(), false, namespace, settings, null, null);
    }

    private static InputStream stream(String path) {
        InputStream in = Fixtures.class.getResourceAsStream("/engines/" + path);
        if (in == null) {
            throw new IllegalArgumentException("no fixture [engines/" + path + "] on the test classpath");
        }
        return in;
    }
}
