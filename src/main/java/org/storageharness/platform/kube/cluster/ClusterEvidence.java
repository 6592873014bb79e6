package org.storageharness.platform.kube.cluster;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.storageharness.platform.Platform;

/** Writes what the cluster says about a run's objects into a case directory, for a case that broke. */
public final class ClusterEvidence {

    public static final String DIR = Platform.Evidence.CLUSTER_DIR;

    private final KubernetesClient client;
    private final String namespace;
    private final String runId;

    public ClusterEvidence(KubernetesClient client, String namespace, String runId) {
        this.client = client;
        this.namespace = namespace;
        this.runId = runId;
    }

    /** Best effort: evidence must never hide the failure it explains. */
    public void write(Path caseDir) {
        try {
            Path dir = Files.createDirectories(caseDir.resolve(DIR));
            var selector = Janitor.selector(runId);
            Files.writeString(dir.resolve("pods.yaml"), yaml(client.pods().inNamespace(namespace)
                    .withLabels(selector).list().getItems()));
            Files.writeString(dir.resolve("pvcs.yaml"), yaml(client.persistentVolumeClaims().inNamespace(namespace)
                    .withLabels(selector).list().getItems()));
            Files.writeString(dir.resolve("events.txt"), events());
            Files.writeString(dir.resolve("nodes.txt"), nodes());
        } catch (IOException | KubernetesClientException e) {
            try {
                Files.writeString(caseDir.resolve(DIR + "-evidence-error.txt"), "could not collect cluster evidence: "
                        + e);
            } catch (IOException ignored) {
                // Nothing left to write to; the case's own failure is still reported.
            }
        }
    }

    private static String yaml(List<? extends HasMetadata> objects) {
        return objects.stream().map(Serialization::asYaml).collect(Collectors.joining("\n"));
    }

    private String events() {
        return client.v1().events().inNamespace(namespace).list().getItems().stream()
                .sorted(Comparator.comparing(ClusterEvidence::time))
                .map(e -> time(e) + "  " + e.getType() + "  " + e.getReason() + "  "
                        + e.getInvolvedObject().getKind() + "/" + e.getInvolvedObject().getName() + "  "
                        + e.getMessage())
                .collect(Collectors.joining("\n"));
    }

    private static String time(Event e) {
        String t = e.getLastTimestamp() != null ? e.getLastTimestamp() : e.getEventTime() != null
                ? e.getEventTime().getTime() : e.getMetadata().getCreationTimestamp();
        return t == null ? "" : t;
    }

    private String nodes() {
        return client.nodes().list().getItems().stream().map(ClusterEvidence::node).collect(Collectors.joining("\n"));
    }

    private static String node(Node n) {
        String conditions = n.getStatus() == null || n.getStatus().getConditions() == null ? "no conditions"
                : n.getStatus().getConditions().stream().map(c -> c.getType() + "=" + c.getStatus()
                        + (c.getReason() == null ? "" : " (" + c.getReason() + ")")).collect(Collectors.joining(", "));
        return n.getMetadata().getName() + ": " + conditions;
    }
}
