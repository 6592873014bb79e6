package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.client.KubernetesClient;

/** Looks up the StorageClass of a claim as Kubernetes does: the named one, or the default when none is named. */
final class StorageClasses {

    private StorageClasses() {
    }

    /** The claim's class, or null when it does not exist (or no class is the default). */
    static StorageClass of(KubernetesClient client, Claim claim) {
        String name = claim.storageClassName();
        if (name != null) {
            return client.resources(StorageClass.class).withName(name).get();
        }
        return client.resources(StorageClass.class).list().getItems().stream()
                .filter(c -> "true".equals(c.getMetadata().getAnnotations().get(StorageCatalog.DEFAULT_CLASS)))
                .findFirst().orElse(null);
    }

    static boolean waitsForConsumer(StorageClass storageClass) {
        return VolumeBindingMode.of(storageClass.getVolumeBindingMode()) == VolumeBindingMode.WAIT_FOR_FIRST_CONSUMER;
    }
}
