package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.mockwebserver.http.MockResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each pod's container log as the log endpoint serves it: unknown pod (404), container not started yet (400, as the
 * kubelet answers), or the file the container's output goes to (read afresh on each request, so it grows while the
 * container runs). The kubelet writes entries on the control loop; the server's thread reads them.
 */
final class PodLogs {

    private record Entry(String uid, String container, String waitingReason, Path file) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    void waiting(Pod pod, String reason) {
        entries.put(key(pod), new Entry(pod.getMetadata().getUid(), container(pod), reason, null));
    }

    void started(Pod pod, Path file) {
        entries.put(key(pod), new Entry(pod.getMetadata().getUid(), container(pod), null, file));
    }

    /** Drops the entry of this pod, not of a newer pod that reuses its name. */
    void forget(Pod pod) {
        entries.computeIfPresent(key(pod), (k, e) -> e.uid().equals(pod.getMetadata().getUid()) ? null : e);
    }

    MockResponse serve(String namespace, String name, String query) {
        Entry entry = entries.get(namespace + "/" + name);
        if (entry == null) {
            return ApiStatus.notFound("pods \"" + name + "\" not found");
        }
        if (entry.file() == null) {
            return ApiStatus.failure(400, "BadRequest", "container \"" + entry.container() + "\" in pod \"" + name
                    + "\" is waiting to start: " + entry.waitingReason());
        }
        try {
            String log = new String(Files.readAllBytes(entry.file()), StandardCharsets.UTF_8);
            return new MockResponse().setResponseCode(200).setHeader("Content-Type", "text/plain")
                    .setBody(tail(log, query));
        } catch (IOException e) {
            return ApiStatus.failure(500, "InternalError", "cannot read the log of pod [" + namespace + "/" + name
                    + "] from [" + entry.file() + "]: " + e.getMessage());
        }
    }

    private static String tail(String log, String query) {
        String lines = query == null ? null : Arrays.stream(query.split("&"))
                .filter(p -> p.startsWith("tailLines=")).map(p -> p.substring("tailLines=".length()))
                .findFirst().orElse(null);
        if (lines == null) {
            return log;
        }
        List<String> all = log.lines().toList();
        int keep = Math.min(all.size(), Integer.parseInt(lines));
        return String.join("\n", all.subList(all.size() - keep, all.size())) + (keep > 0 ? "\n" : "");
    }

    private static String key(Pod pod) {
        return pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName();
    }

    private static String container(Pod pod) {
        return pod.getSpec().getContainers().isEmpty() ? "" : pod.getSpec().getContainers().get(0).getName();
    }
}
