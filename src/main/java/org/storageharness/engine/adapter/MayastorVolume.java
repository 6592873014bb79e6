package org.storageharness.engine.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.storageharness.engine.Health;
import org.storageharness.engine.HealthState;
import org.storageharness.engine.Replica;

/**
 * A Mayastor volume as its REST API answers {@code GET /v0/volumes/<uuid>} (mayastor-control-plane
 * {@code control-plane/rest/openapi-specs/v0_api_spec.yaml}, schemas Volume, VolumeState, Nexus, Child,
 * ReplicaTopology), mapped onto the harness's replicas and health.
 */
final class MayastorVolume {

    private final JsonNode state;

    MayastorVolume(JsonNode volume) {
        this.state = volume.path("state");
    }

    /** The volume's UUID: the CSI volume handle, or the PV name without {@code pvc-} when no handle is known. */
    static String uuid(String pvName, String volumeHandle) {
        return volumeHandle.equals(pvName) ? pvName.replaceFirst("^pvc-", "") : volumeHandle;
    }

    /** The node of the nexus (state.target.node); empty when the volume is not published. */
    String targetNode() {
        return state.path("target").path("node").asText("");
    }

    /** Each entry of state.replica_topology; TARGET on the nexus node; state = child-status, else replica state. */
    List<Replica> replicas() {
        List<Replica> replicas = new ArrayList<>();
        state.path("replica_topology").fields().forEachRemaining(e -> replicas.add(replica(e)));
        return replicas;
    }

    /**
     * state.status Online → HEALTHY; Degraded with a child or replica reporting rebuild progress → REBUILDING (the
     * least progress), without → DEGRADED; Faulted → FAULTED; Unknown, Shutdown or none → UNKNOWN.
     */
    Health health() {
        String status = state.path("status").asText("");
        OptionalDouble progress = rebuildProgress();
        return switch (status) {
            case "Online" -> Health.of(HealthState.HEALTHY, detail(status));
            case "Degraded" -> progress.isPresent() ? new Health(HealthState.REBUILDING, progress, detail(status))
                    : Health.of(HealthState.DEGRADED, detail(status));
            case "Faulted" -> Health.of(HealthState.FAULTED, detail(status));
            default -> Health.of(HealthState.UNKNOWN, detail(status));
        };
    }

    private Replica replica(Map.Entry<String, JsonNode> entry) {
        JsonNode r = entry.getValue();
        String node = r.path("node").asText("");
        String childStatus = r.path("child-status").asText("");
        return new Replica(entry.getKey(), node, node.equals(targetNode()) ? Replica.Role.TARGET
                : Replica.Role.REPLICA, childStatus.isEmpty() ? r.path("state").asText("") : childStatus);
    }

    private OptionalDouble rebuildProgress() {
        Stream<JsonNode> children = nodes(state.path("target").path("children")).map(c -> c.path("rebuildProgress"));
        Stream<JsonNode> topology = nodes(state.path("replica_topology")).map(r -> r.path("rebuild-progress"));
        return Stream.concat(children, topology).filter(JsonNode::isNumber).mapToDouble(JsonNode::asDouble).min();
    }

    private String detail(String status) {
        String replicas = replicas().stream().map(r -> r.name() + "@" + r.node() + "=" + r.state())
                .collect(Collectors.joining(", "));
        return "status=" + (status.isEmpty() ? "(none)" : status) + ", target " + targetNode() + " "
                + state.path("target").path("state").asText("(none)") + ", replicas [" + replicas + "]";
    }

    private static Stream<JsonNode> nodes(JsonNode container) {
        return StreamSupport.stream(container.spliterator(), false);
    }
}
