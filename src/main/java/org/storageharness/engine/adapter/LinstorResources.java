package org.storageharness.engine.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.storageharness.engine.Health;
import org.storageharness.engine.HealthState;
import org.storageharness.engine.Replica;

/**
 * One LINSTOR resource on all its nodes as {@code GET /v1/view/resources?resources=<pv>} answers it (LINBIT/golinstor
 * {@code client/resource.go} ResourceWithVolumes; the per-peer {@code replication_states} of a volume's state from
 * LINBIT/linstor-api-py {@code linstor/responses.py}), mapped onto the harness's replicas and health with DRBD 9
 * states (engines.md §4.5, §4.6).
 */
final class LinstorResources {

    private static final Set<String> DISKLESS = Set.of("DISKLESS", "DRBD_DISKLESS");
    private static final String TIE_BREAKER = "TIE_BREAKER";
    private static final String UP_TO_DATE = "UpToDate";
    private static final String SYNC_TARGET = "SyncTarget";

    private final List<JsonNode> entries;

    LinstorResources(JsonNode view) {
        this.entries = nodes(view).toList();
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Diskful entries (TARGET where state.in_use) and TieBreakers; other diskless clients are no copies. */
    List<Replica> replicas() {
        List<Replica> replicas = new ArrayList<>();
        for (JsonNode entry : entries) {
            if (tieBreaker(entry)) {
                replicas.add(new Replica(name(entry), node(entry), Replica.Role.TIEBREAKER, "TieBreaker"));
            } else if (!diskless(entry)) {
                replicas.add(new Replica(name(entry), node(entry), inUse(entry) ? Replica.Role.TARGET
                        : Replica.Role.REPLICA, String.join(",", diskStates(entry))));
            }
        }
        return replicas;
    }

    /** The nodes where the resource is in use (DRBD Primary). */
    List<String> inUseNodes() {
        return entries.stream().filter(LinstorResources::inUse).map(LinstorResources::node).toList();
    }

    /**
     * A diskful volume in SyncTarget → REBUILDING (least done_percentage); every diskful volume UpToDate and every
     * connection between diskful peers up → HEALTHY; no diskful volume UpToDate → FAULTED (UNKNOWN when no state is
     * known at all); otherwise (Outdated, DUnknown, Inconsistent, Unknown, a peer disconnected) → DEGRADED.
     */
    Health health() {
        List<JsonNode> diskful = entries.stream().filter(e -> !diskless(e)).toList();
        List<String> states = diskful.stream().flatMap(e -> diskStates(e).stream()).toList();
        OptionalDouble progress = diskful.stream().flatMap(LinstorResources::syncTargetProgress).mapToDouble(d -> d)
                .min();
        String detail = detail();
        if (progress.isPresent()) {
            return new Health(HealthState.REBUILDING, progress, detail);
        }
        if (!states.isEmpty() && states.stream().allMatch(UP_TO_DATE::equals) && connected(diskful)) {
            return Health.of(HealthState.HEALTHY, detail);
        }
        if (states.stream().noneMatch(UP_TO_DATE::equals)) {
            boolean nothingKnown = states.stream().allMatch("Unknown"::equals);
            return Health.of(nothingKnown ? HealthState.UNKNOWN : HealthState.FAULTED, detail);
        }
        return Health.of(HealthState.DEGRADED, detail);
    }

    private static Stream<Double> syncTargetProgress(JsonNode entry) {
        return nodes(entry.path("volumes")).map(v -> v.path("state")).flatMap(state -> Stream.concat(
                nodes(state.path("replication_states")), Stream.of(state))) // older controllers: flat fields
                .filter(r -> SYNC_TARGET.equals(r.path("replication_state").asText("")))
                .map(r -> r.path("done_percentage").asDouble(0));
    }

    /** Connections from each diskful entry to its diskful peers (a TieBreaker's link is quorum, not data). */
    private boolean connected(List<JsonNode> diskful) {
        Set<String> peers = diskful.stream().map(LinstorResources::node).collect(Collectors.toSet());
        return diskful.stream().allMatch(e -> {
            JsonNode connections = e.path("layer_object").path("drbd").path("connections");
            return peers.stream().filter(p -> connections.has(p))
                    .allMatch(p -> connections.path(p).path("connected").asBoolean(false));
        });
    }

    private String detail() {
        return entries.stream().map(e -> node(e) + " " + (tieBreaker(e) ? "TieBreaker" : diskless(e) ? "Diskless"
                        : String.join(",", diskStates(e))) + (inUse(e) ? " (in use)" : "")
                        + syncTargetProgress(e).map(p -> " SyncTarget " + p + "%").collect(Collectors.joining()))
                .collect(Collectors.joining("; "));
    }

    private static List<String> diskStates(JsonNode entry) {
        List<String> states = nodes(entry.path("volumes"))
                .map(v -> v.path("state").path("disk_state").asText("Unknown")).toList();
        return states.isEmpty() ? List.of("Unknown") : states;
    }

    private static boolean diskless(JsonNode entry) {
        return flags(entry).anyMatch(f -> DISKLESS.contains(f) || TIE_BREAKER.equals(f));
    }

    private static boolean tieBreaker(JsonNode entry) {
        return flags(entry).anyMatch(TIE_BREAKER::equals);
    }

    private static Stream<String> flags(JsonNode entry) {
        return nodes(entry.path("flags")).map(JsonNode::asText);
    }

    private static boolean inUse(JsonNode entry) {
        return entry.path("state").path("in_use").asBoolean(false);
    }

    private static String name(JsonNode entry) {
        return entry.path("name").asText() + "@" + node(entry);
    }

    private static String node(JsonNode entry) {
        return entry.path("node_name").asText("");
    }

    private static Stream<JsonNode> nodes(JsonNode container) {
        return StreamSupport.stream(container.spliterator(), false);
    }
}
