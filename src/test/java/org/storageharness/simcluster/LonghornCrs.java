package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.EditReplacePatchable;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.storageharness.simcluster.LonghornApi.Kind;

/**
 * Writes the CRs of the simulated engine's volumes: spec through the object, status through its subresource. The
 * Volume's status goes last, so a client that sees it changed finds the replicas and the Engine changed too.
 * <p>Only this class writes Engines and Volumes, so it remembers what it wrote last: a status or an Engine node that
 * did not change is not written again, and a change is one JSON patch, without reading the object first (a tenth of
 * the simulated cluster's requests in the failover tests were such reads and unchanged writes).
 */
final class LonghornCrs {

    private final KubernetesClient client;
    private final Map<String, Object> written = new HashMap<>();

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
        String engine = LonghornObjects.engineName(pv);
        if (changes(Kind.ENGINE, engine, "spec.nodeID", volume.attachedNode())) {
            set(LonghornApi.named(client, Kind.ENGINE, engine), "/spec/nodeID", volume.attachedNode());
        }
        status(Kind.ENGINE, engine, LonghornObjects.engineStatus(volume));
        status(Kind.VOLUME, pv, LonghornObjects.volumeStatus(volume));
    }

    void delete(String pv) {
        String engine = LonghornObjects.engineName(pv);
        List.of(key(Kind.VOLUME, pv, "status"), key(Kind.ENGINE, engine, "status"), key(Kind.ENGINE, engine,
                "spec.nodeID")).forEach(written::remove);
        LonghornApi.resources(client, Kind.REPLICA).inNamespace(LonghornApi.NAMESPACE)
                .withLabel(LonghornApi.VOLUME_LABEL, pv).delete();
        LonghornApi.named(client, Kind.ENGINE, engine).delete();
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
        written.remove(key(kind, object.getMetadata().getName(), "status"));
        status(kind, object.getMetadata().getName(), status);
    }

    private void status(Kind kind, String name, Map<String, Object> status) {
        if (changes(kind, name, "status", status)) {
            set(LonghornApi.named(client, kind, name).subresource("status"), "/status", status);
        }
    }

    /** Whether {@code value} differs from what was last written there (or nothing was); remembers it. */
    private boolean changes(Kind kind, String name, String field, Object value) {
        String key = key(kind, name, field);
        Object copy = value instanceof Map<?, ?> map ? new LinkedHashMap<>(map) : value;
        boolean known = written.containsKey(key);
        Object previous = written.put(key, copy);
        return !known || !Objects.equals(previous, copy);
    }

    /** Sets {@code path} of the object to {@code value}, whether or not it is there: one JSON patch, no read. */
    private static void set(EditReplacePatchable<GenericKubernetesResource> object, String path, Object value) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("op", "add");
        op.put("path", path);
        op.put("value", value);
        object.patch(PatchContext.of(PatchType.JSON), Serialization.asJson(List.of(op)));
    }

    private static String key(Kind kind, String name, String field) {
        return kind + "/" + name + "/" + field;
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
