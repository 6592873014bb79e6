package org.storageharness.testing;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Kubernetes manifest files and kubeconfigs for tests, read and written without a cluster. */
public final class ManifestFiles {

    private ManifestFiles() {
    }

    /** Parses without a cluster: building a client sends no request, and load() only deserializes. */
    public static List<HasMetadata> load(Path file) {
        try (KubernetesClient client = new KubernetesClientBuilder().build();
             InputStream in = Files.newInputStream(file)) {
            return client.load(in).items();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read [" + file + "]", e);
        }
    }

    /** A kubeconfig whose one context {@code context} points at a port where nothing answers. */
    public static Path unreachableKubeconfig(Path file, String context) throws IOException {
        return Files.writeString(file, """
                apiVersion: v1
                kind: Config
                clusters: [{name: c, cluster: {server: "https://127.0.0.1:1"}}]
                users: [{name: u, user: {token: t}}]
                contexts: [{name: %s, context: {cluster: c, user: u}}]
                current-context: %s
                """.formatted(context, context));
    }
}
