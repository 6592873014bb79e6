package org.storageharness.engine.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.storageharness.engine.Health;
import org.storageharness.engine.HealthState;

/**
 * A CephCluster's {@code status.ceph} (rook {@code pkg/apis/ceph.rook.io/v1/types.go} CephStatus, CephHealthMessage)
 * on the harness's scale. Ceph reports health per cluster, not per volume, and the CR cannot tell recovery from
 * degradation, so REBUILDING is never reported.
 */
final class CephHealth {

    /** Ceph health checks that mean data has fewer copies than the pool wants, or is unavailable. */
    static final Set<String> DATA_CHECKS = Set.of("OSD_DOWN", "OSD_HOST_DOWN", "PG_DEGRADED", "PG_AVAILABILITY",
            "PG_DAMAGED", "OBJECT_UNFOUND", "PG_RECOVERY_FULL", "PG_BACKFILL_FULL");

    private CephHealth() {
    }

    /**
     * HEALTH_OK → HEALTHY; HEALTH_WARN with a data check ({@link #DATA_CHECKS}) → DEGRADED, with only other checks
     * (clock skew, crash reports...) → HEALTHY, since they do not touch the volume's copies; HEALTH_ERR → FAULTED; no
     * status yet → UNKNOWN.
     */
    static Health of(JsonNode cluster) {
        JsonNode ceph = cluster.path("status").path("ceph");
        String health = ceph.path("health").asText("");
        List<String> dataChecks = new ArrayList<>();
        ceph.path("details").fieldNames().forEachRemaining(c -> {
            if (DATA_CHECKS.contains(c)) {
                dataChecks.add(c);
            }
        });
        String detail = detail(health, ceph.path("details"));
        return switch (health) {
            case "HEALTH_OK" -> Health.of(HealthState.HEALTHY, detail);
            case "HEALTH_WARN" -> Health.of(dataChecks.isEmpty() ? HealthState.HEALTHY : HealthState.DEGRADED,
                    detail);
            case "HEALTH_ERR" -> Health.of(HealthState.FAULTED, detail);
            default -> Health.of(HealthState.UNKNOWN, detail);
        };
    }

    private static String detail(String health, JsonNode details) {
        List<String> checks = new ArrayList<>();
        details.fields().forEachRemaining(e -> checks.add(e.getKey() + " (" + e.getValue().path("message").asText()
                + ")"));
        return "CephCluster " + (health.isEmpty() ? "(no status.ceph.health)" : health)
                + (checks.isEmpty() ? "" : ": " + checks.stream().collect(Collectors.joining("; ")));
    }
}
