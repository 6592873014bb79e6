package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Longhorn's objects as longhorn-manager writes them (the fields of longhorn-shapes.md, with its names and words). */
final class LonghornObjects {

    private static final SecureRandom RANDOM = new SecureRandom();

    private LonghornObjects() {
    }

    static String engineName(String pv) {
        return pv + "-e-0";
    }

    /** {@code <pv>-r-<8 hex>}, as Longhorn names replicas. */
    static String newReplicaName(String pv) {
        byte[] suffix = new byte[4];
        RANDOM.nextBytes(suffix);
        return pv + "-r-" + HexFormat.of().formatHex(suffix);
    }

    static GenericKubernetesResource volume(String pv, int replicas, long bytes) {
        return resource(LonghornApi.Kind.VOLUME, pv, Map.of(LonghornApi.VOLUME_LABEL, pv), ordered(
                "numberOfReplicas", replicas, "dataEngine", "v1", "frontend", "blockdev", "size",
                Long.toString(bytes)));
    }

    static Map<String, Object> volumeStatus(ReplicatedVolume volume) {
        return ordered("state", volume.attachedNode().isEmpty() ? "detached" : "attached",
                "robustness", volume.robustness(), "currentNodeID", volume.attachedNode());
    }

    /** A replica; {@code healthyAt} is an RFC 3339 time, or "" while it is rebuilt. */
    static GenericKubernetesResource replica(String pv, ReplicatedVolume.Replica replica, String healthyAt) {
        return resource(LonghornApi.Kind.REPLICA, replica.name(),
                Map.of(LonghornApi.VOLUME_LABEL, pv, LonghornApi.NODE_LABEL, replica.node()),
                ordered("nodeID", replica.node(), "volumeName", pv, "engineName", engineName(pv), "dataEngine", "v1",
                        "healthyAt", healthyAt, "failedAt", ""));
    }

    static Map<String, Object> replicaStatus() {
        return ordered("currentState", "running");
    }

    static GenericKubernetesResource engine(String pv) {
        return resource(LonghornApi.Kind.ENGINE, engineName(pv), Map.of(LonghornApi.VOLUME_LABEL, pv),
                ordered("nodeID", "", "volumeName", pv, "dataEngine", "v1"));
    }

    static Map<String, Object> engineStatus(ReplicatedVolume volume) {
        Map<String, Object> status = ordered("currentState", "running", "replicaModeMap", volume.modeMap());
        if (!volume.rebuildProgress().isEmpty()) {
            Map<String, Object> rebuilds = new LinkedHashMap<>();
            // Longhorn keys it by the replica's address, tcp://IP:PORT; the mock server's JSON patch cannot address
            // a key holding '/', so the simulated one is IP-less: REPLICA:10000.
            volume.rebuildProgress().forEach((replica, percent) -> rebuilds.put(replica + ":10000",
                    ordered("error", "", "isRebuilding", true, "progress", percent, "state", "in_progress",
                            "fromReplicaAddressList", List.of())));
            status.put("rebuildStatus", rebuilds);
        }
        return status;
    }

    /** A setting: its value is a top-level field, not under spec. */
    static GenericKubernetesResource setting(String name, String value) {
        GenericKubernetesResource setting = resource(LonghornApi.Kind.SETTING, name, Map.of(), null);
        setting.setAdditionalProperty("value", value);
        return setting;
    }

    private static GenericKubernetesResource resource(LonghornApi.Kind kind, String name, Map<String, String> labels,
            Map<String, Object> spec) {
        GenericKubernetesResource resource = new GenericKubernetesResource();
        resource.setApiVersion(LonghornApi.API_VERSION);
        resource.setKind(kind.kind());
        resource.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(LonghornApi.NAMESPACE)
                .withLabels(labels).build());
        if (spec != null) {
            resource.setAdditionalProperty("spec", spec);
        }
        return resource;
    }

    /** A map keeping the order of {@code keysAndValues} (key, value, key, value...), so objects read as Longhorn's. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
