package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshot;

/** Deleting a namespace deletes what lives in it (the CRUD store alone would keep its pods running and volumes). */
final class NamespaceController {

    private final KubernetesClient client;

    NamespaceController(KubernetesClient client) {
        this.client = client;
    }

    /** Pods first, so their processes stop before their volumes go. */
    void deleted(Namespace namespace) {
        String name = namespace.getMetadata().getName();
        client.pods().inNamespace(name).delete();
        client.resources(VolumeSnapshot.class).inNamespace(name).delete();
        client.persistentVolumeClaims().inNamespace(name).delete();
        client.configMaps().inNamespace(name).delete();
        client.secrets().inNamespace(name).delete();
        client.v1().events().inNamespace(name).delete();
    }
}
