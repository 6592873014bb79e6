package org.storageharness.platform.k3s;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The add-on manifests installed into K3s, kept under {@code src/main/resources/k3s/}, in the order
 * {@code manifests.txt} gives. Loading parses them only; nothing is sent to a cluster.
 */
final class K3sManifests {

    static final String DIRECTORY = "/k3s/";
    static final String ORDER_FILE = "manifests.txt";
    static final String DRIVER = "hostpath.csi.k8s.io";
    static final String STORAGE_CLASS = "csi-hostpath-sc";
    static final String SNAPSHOT_CLASS = "csi-hostpath-snapclass";

    private K3sManifests() {
    }

    /** File names in apply order. */
    static List<String> files() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(ORDER_FILE), StandardCharsets.UTF_8))) {
            return in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read [" + DIRECTORY + ORDER_FILE + "]", e);
        }
    }

    /** The objects in {@code file}, typed where fabric8 knows the kind (including the snapshot API). */
    static List<HasMetadata> load(KubernetesClient client, String file) {
        try (InputStream in = open(file)) {
            return client.load(in).items();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read [" + DIRECTORY + file + "]", e);
        }
    }

    private static InputStream open(String file) {
        InputStream in = K3sManifests.class.getResourceAsStream(DIRECTORY + file);
        if (in == null) {
            throw new IllegalStateException("[" + DIRECTORY + file + "] is missing from the classpath; it is listed in ["
                    + DIRECTORY + ORDER_FILE + "], so the build lost it (check src/main/resources/k3s)");
        }
        return in;
    }
}
