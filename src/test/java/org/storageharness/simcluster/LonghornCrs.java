package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.LinkedHashMap;
import java.util.Map;
import org.storageharness.simcluster.LonghornApi.Kind;

/**
 * Writes the CRs of the simulated engine's volumes: spec through the object, status through its subresource. The
 * Volume's status goes last, so a client that sees it changed finds the replicas and the Engine changed too.
 */
final class LonghornCrs {

    private final KubernetesClient client;

    LonghornCrs(KubernetesClient client) {
        this.client = client;
    }

    void create(ReplicatedVolume volume, long bytes) {
        String pv = volume.name();
        LonghornApi.resources(client, Kind.VOLUME).inNamespace(LonghornApi.NAMESPACE)
                .resource(LonghornObjects.volume(pv, volume.wanted(), bytes)).create();
        for (ReplicatedVolume.Replica replica : volume.replicas()) {
            createReplica(pv, replica, PodStatuses.now());
        }
        createWithStatus(Kind.ENGINE, LonghornObjects.engine(pv), LonghornObjects.engineStatus(volume));
        status(Kind.VOLUME, pv, LonghornObjects.volumeStatus(volume));
    }

    /** A replica that is healthy since {@code healthyAt} (RFC 3339), or "" while it is rebuilt. */
    void createReplica(String pv, ReplicatedVolume.Replica replica, String healthyAt) {
        createWithStatus(Kind.REPLICA, LonghornObjects.replica(pv, replica, healthyAt),
                LonghornObjects.replicaStatus());
    }

    void replicaHealthy(String replica) {
        LonghornApi.named(client, Kind.REPLICA, replica).edit(r -> {
            spec(r).put("healthyAt", PodStatuses.now());
            return r;
        });
    }

    /** Writes what changed with the volume's replicas or attachment: Volume status, Engine node and replica modes. */
    void changed(ReplicatedVolume volume) {
        String pv = volume.name();
        LonghornApi.named(client, Kind.ENGINE, LonghornObjects.engineName(pv)).edit(e -> {
            spec(e).put("nodeID", volume.attachedNode());
            return e;
        });
        status(Kind.ENGINE, LonghornObjects.engineName(pv), LonghornObjects.engineStatus(volume));
        status(Kind.VOLUME, pv, LonghornObjects.volumeStatus(volume));
    }

    void delete(String pv) {
        LonghornApi.resources(client, Kind.REPLICA).inNamespace(LonghornApi.NAMESPACE)
                .withLabel(LonghornApi.VOLUME_LABEL, pv).delete();
        LonghornApi.named(client, Kind.ENGINE, LonghornObjects.engineName(pv)).delete();
        LonghornApi.named(client, Kind.VOLUME, pv).delete();
    }

    /** Creates the setting unless it exists. */
    void ensureSetting(String name, String value) {
        if (LonghornApi.named(client, Kind.SETTING, name).get() == null) {
            LonghornApi.resources(client, Kind.SETTING).inNamespace(LonghornApi.NAMESPACE)
                    .resource(LonghornObjects.setting(name, value)).create();
        }
    }

    // With a status subresource the store drops the status of a create: it takes a second write.
    private void createWithStatus(Kind kind, GenericKubernetesResource object, Map<String, Object> status) {
        LonghornApi.resources(client, kind).inNamespace(LonghornApi.NAMESPACE).resource(object).create();
        status(kind, object.getMetadata().getName(), status);
    }

    private void status(Kind kind, String name, Map<String, Object> status) {
        LonghornApi.named(client, kind, name).editStatus(r -> {
            r.setAdditionalProperty("status", status);
            return r;
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(GenericKubernetesResource resource) {
        Object spec = resource.getAdditionalProperties().get("spec");
        Map<String, Object> copy = spec instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<String, Object>) map)
                : new LinkedHashMap<>();
        resource.setAdditionalProperty("spec", copy);
        return copy;
    }
}
