package org.storageharness.platform.k3s;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Installs the snapshot API, the snapshot-controller and csi-hostpath into a fresh cluster, file by file in
 * {@link K3sManifests} order, waiting after each file until what it created is usable.
 */
final class SnapshotStack {

    private static final String FIELD_MANAGER = "storage-harness";

    private final KubernetesClient client;
    private final Consumer<String> log;
    private final StackWaits waits;

    SnapshotStack(KubernetesClient client, Consumer<String> log, StackWaits waits) {
        this.client = client;
        this.log = log;
        this.waits = waits;
    }

    /** Applies every file (server-side apply, so a rerun on the same cluster converges) and waits for it. */
    void install() {
        for (String file : K3sManifests.files()) {
            List<HasMetadata> items = K3sManifests.load(client, file);
            log.accept("k3s: applying [" + file + "]: " + summary(items));
            items.forEach(item -> apply(file, item));
            items.forEach(waits::untilReady);
        }
        waits.untilDriverRegistered(K3sManifests.DRIVER);
        log.accept("k3s: snapshot stack ready: StorageClass [" + K3sManifests.STORAGE_CLASS
                + "], VolumeSnapshotClass [" + K3sManifests.SNAPSHOT_CLASS + "], driver [" + K3sManifests.DRIVER + "]");
    }

    private void apply(String file, HasMetadata item) {
        try {
            client.resource(item).fieldManager(FIELD_MANAGER).forceConflicts().serverSideApply();
        } catch (KubernetesClientException e) {
            throw new PlatformUnavailableException("target [k3s] refused " + item.getKind() + " ["
                    + item.getMetadata().getName() + "] from [k3s/" + file + "] (HTTP " + e.getCode() + ": "
                    + e.getMessage() + "); the manifest does not suit this Kubernetes version, pick another"
                    + " -D" + K3sSettings.IMAGE_PROPERTY, e);
        }
    }

    private static String summary(List<HasMetadata> items) {
        return items.stream().collect(Collectors.groupingBy(HasMetadata::getKind, LinkedHashMap::new,
                Collectors.counting())).entrySet().stream()
                .map(e -> e.getValue() == 1 ? e.getKey() : e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
    }
}
