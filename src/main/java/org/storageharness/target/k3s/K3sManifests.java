package org.storageharness.target.k3s;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The manifests installed into K3s, kept under {@code src/main/resources/k3s}, in the order they are applied. */
public final class K3sManifests {

    public static final List<String> FILES = List.of("snapshot-crds.yaml", "snapshot-controller.yaml",
            "csi-hostpath.yaml");
    public static final List<String> SNAPSHOT_CRDS = List.of("volumesnapshotclasses.snapshot.storage.k8s.io",
            "volumesnapshotcontents.snapshot.storage.k8s.io", "volumesnapshots.snapshot.storage.k8s.io");
    public static final String NAMESPACE = "kube-system";
    public static final String STORAGE_CLASS = "csi-hostpath-sc";
    public static final String SNAPSHOT_CLASS = "csi-hostpath-snapclass";

    private K3sManifests() {
    }

    /** Parses one manifest file; needs no server ({@code client} is only the parser). */
    public static List<HasMetadata> load(KubernetesClient client, String file) {
        try (InputStream in = K3sManifests.class.getResourceAsStream("/k3s/" + file)) {
            if (in == null) {
                throw new IllegalStateException("manifest [k3s/" + file + "] is missing from the classpath");
            }
            return client.load(in).items();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read manifest [k3s/" + file + "]", e);
        }
    }
}
