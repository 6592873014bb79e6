package org.storageharness.engine.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.storageharness.engine.Health;
import org.storageharness.engine.HealthState;
import org.storageharness.engine.Replica;

/**
 * One Longhorn volume read at one moment: its Volume CR, its Replica CRs and its Engine CRs (longhorn-manager
 * {@code k8s/pkg/apis/longhorn/v1beta2} volume.go, replica.go, engine.go), mapped onto the harness's replicas and
 * health.
 */
final class LonghornVolume {

    private final JsonNode volume;
    private final List<JsonNode> replicas;
    private final Map<String, String> modes = new LinkedHashMap<>();
    private final OptionalDouble rebuildProgress;

    LonghornVolume(JsonNode volume, List<JsonNode> replicas, List<JsonNode> engines) {
        this.volume = volume;
        this.replicas = List.copyOf(replicas);
        // While a volume migrates it has two engines over the same replicas; their mode maps agree.
        engines.forEach(e -> e.path("status").path("replicaModeMap").fields()
                .forEachRemaining(m -> modes.put(m.getKey(), m.getValue().asText())));
        this.rebuildProgress = engines.stream().flatMap(e -> values(e.path("status").path("rebuildStatus")).stream())
                .filter(r -> r.path("isRebuilding").asBoolean(false))
                .mapToDouble(r -> r.path("progress").asDouble(0)).min();
    }

    /** The node the volume is attached to, where its engine runs (status.currentNodeID); empty when detached. */
    String attachedNode() {
        return volume.path("status").path("currentNodeID").asText("");
    }

    List<JsonNode> replicaCrs() {
        return replicas;
    }

    /** Each Replica CR: TARGET on the attached node, else REPLICA; state = engine mode, else the CR's state. */
    List<Replica> replicas() {
        return replicas.stream().map(r -> new Replica(name(r), node(r),
                node(r).equals(attachedNode()) ? Replica.Role.TARGET : Replica.Role.REPLICA, state(r)))
                .collect(Collectors.toList());
    }

    /**
     * faulted → FAULTED; a replica in mode WO → REBUILDING; degraded → DEGRADED; healthy with exactly
     * numberOfReplicas replicas, all RW → HEALTHY, healthy otherwise (a replica gone, not yet noticed) → DEGRADED;
     * anything else (detached: unknown) → UNKNOWN.
     */
    Health health() {
        String robustness = volume.path("status").path("robustness").asText("");
        if (robustness.equals("faulted")) {
            return Health.of(HealthState.FAULTED, detail(robustness));
        }
        if (modes.containsValue("WO")) {
            return new Health(HealthState.REBUILDING, rebuildProgress, detail(robustness));
        }
        if (robustness.equals("degraded")) {
            return Health.of(HealthState.DEGRADED, detail(robustness));
        }
        if (robustness.equals("healthy")) {
            return Health.of(allWantedReadWrite() ? HealthState.HEALTHY : HealthState.DEGRADED, detail(robustness));
        }
        return Health.of(HealthState.UNKNOWN, detail(robustness));
    }

    private boolean allWantedReadWrite() {
        return !modes.isEmpty() && modes.values().stream().allMatch("RW"::equals) && modes.size() == wanted();
    }

    private int wanted() {
        return volume.path("spec").path("numberOfReplicas").asInt(0);
    }

    private String detail(String robustness) {
        Map<String, Long> counts = modes.values().stream()
                .collect(Collectors.groupingBy(m -> m, LinkedHashMap::new, Collectors.counting()));
        return "robustness=" + (robustness.isEmpty() ? "(none)" : robustness) + ", state="
                + volume.path("status").path("state").asText("") + ", replica modes " + counts + ", numberOfReplicas "
                + wanted() + ", replica CRs " + replicas.size();
    }

    private String state(JsonNode replica) {
        String mode = modes.get(name(replica));
        return mode != null ? mode : replica.path("status").path("currentState").asText("");
    }

    static String name(JsonNode cr) {
        return cr.path("metadata").path("name").asText();
    }

    static String node(JsonNode replica) {
        return replica.path("spec").path("nodeID").asText("");
    }

    private static List<JsonNode> values(JsonNode object) {
        return StreamSupport.stream(object.spliterator(), false).collect(Collectors.toList());
    }
}
