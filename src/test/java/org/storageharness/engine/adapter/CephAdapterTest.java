package org.storageharness.engine.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storageharness.engine.EngineAdapter;
import org.storageharness.engine.FaultHandle;
import org.storageharness.engine.Health;
import org.storageharness.engine.HealthState;
import org.storageharness.engine.Replica;
import org.storageharness.engine.VolumeRef;

@EnableKubernetesMockClient(crud = true, https = false)
class CephAdapterTest {

    static final VolumeRef VOLUME = new VolumeRef("pvc-3c9a", "0001-0009-rook-ceph-0000000000000002-3c9a",
            Map.of("pool", "replicapool", "imageName", "csi-vol-3c9a"), "n1");

    KubernetesClient client;

    ObjectNode cluster = Fixtures.yaml("ceph/cephcluster.yaml").get(0);

    @Test
    void replicasAreEveryOsdOnItsNode() {
        assertThat(install().replicas(VOLUME)).containsExactly(
                new Replica("osd-0", "n1", Replica.Role.REPLICA, "ready"),
                new Replica("osd-1", "n2", Replica.Role.REPLICA, "ready"),
                new Replica("osd-2", "n3", Replica.Role.REPLICA, "ready"),
                new Replica("osd-3", "n2", Replica.Role.REPLICA, "ready"));
    }

    @Test
    void healthyOnHealthOk() {
        Health health = install().health(VOLUME);

        assertThat(health.state()).isEqualTo(HealthState.HEALTHY);
        assertThat(health.detail()).isEqualTo("CephCluster HEALTH_OK");
    }

    @Test
    void degradedWhileAnOsdIsDownAndPlacementGroupsAreDegraded() {
        cluster = Fixtures.yaml("ceph/cephcluster-osd-down.yaml").get(0);

        Health health = install().health(VOLUME);

        assertThat(health.state()).isEqualTo(HealthState.DEGRADED);
        assertThat(health.detail()).startsWith("CephCluster HEALTH_WARN: OSD_DOWN (1 osds down); PG_DEGRADED "
                + "(Degraded data redundancy: 212/1266 objects degraded");
    }

    @Test
    void warningsThatDoNotTouchTheDataLeaveTheVolumeHealthy() {
        Fixtures.set(cluster, "status.ceph.health", "HEALTH_WARN");
        Fixtures.set(cluster, "status.ceph.details", Map.of("MON_CLOCK_SKEW", Map.of("severity", "HEALTH_WARN",
                "message", "clock skew detected on mon.b"), "RECENT_CRASH", Map.of("severity", "HEALTH_WARN",
                "message", "1 daemons have recently crashed")));

        Health health = install().health(VOLUME);

        assertThat(health.state()).isEqualTo(HealthState.HEALTHY);
        assertThat(health.detail()).contains("HEALTH_WARN", "MON_CLOCK_SKEW");
    }

    @Test
    void anOsdDownAloneIsDegradedBeforeAnyPlacementGroupIs() {
        Fixtures.set(cluster, "status.ceph.health", "HEALTH_WARN");
        Fixtures.set(cluster, "status.ceph.details", Map.of("OSD_DOWN", Map.of("severity", "HEALTH_WARN",
                "message", "1 osds down")));

        Health health = install().health(VOLUME);

        assertThat(health.state()).isEqualTo(HealthState.DEGRADED);
        assertThat(health.detail()).contains("OSD_DOWN");
    }

    @Test
    void faultedOnHealthErr() {
        Fixtures.set(cluster, "status.ceph.health", "HEALTH_ERR");
        Fixtures.set(cluster, "status.ceph.details", Map.of("PG_AVAILABILITY", Map.of("severity", "HEALTH_ERR",
                "message", "Reduced data availability: 12 pgs inactive")));

        assertThat(install().health(VOLUME).state()).isEqualTo(HealthState.FAULTED);
    }

    @Test
    void unknownBeforeRookWroteTheCephStatus() {
        ((ObjectNode) cluster.get("status")).remove("ceph");

        Health health = install().health(VOLUME);

        assertThat(health.state()).isEqualTo(HealthState.UNKNOWN);
        assertThat(health.detail()).isEqualTo("CephCluster (no status.ceph.health)");
    }

    @Test
    void faultDeletesExactlyOneOsdPodOnTheNode() {
        EngineAdapter adapter = install();

        FaultHandle fault = adapter.injectReplicaFault(VOLUME, "n2");
        fault.close();

        assertThat(fault.description()).isEqualTo("deleted Ceph OSD osd-1 pod rook-ceph-osd-1-7c9e8d6a4-m5q8r on node "
                + "n2");
        assertThat(podNames()).containsExactly("rook-ceph-mon-b-6f7d8c9b4-q2w3e", "rook-ceph-osd-0-6d8f9c7b5-k2x4p",
                "rook-ceph-osd-2-5b7d6c8f9-t3w6y", "rook-ceph-osd-3-8a6c5b7d3-z9v2n");
    }

    @Test
    void refusesANodeWithoutOsd() {
        EngineAdapter adapter = install();

        assertThatThrownBy(() -> adapter.injectReplicaFault(VOLUME, "n4")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Rook-Ceph has no OSD pod [app=rook-ceph-osd] on node [n4]; OSDs are on [n1, n2, n3]");
        assertThat(podNames()).hasSize(5);
    }

    @Test
    void versionComesFromTheClusterStatus() {
        assertThat(install().version()).containsExactly(Map.entry("ceph.version", "19.2.3-0"),
                Map.entry("ceph.image", "quay.io/ceph/ceph:v19.2.3"));
    }

    @Test
    void preflightPassesOnAHealthyCluster() {
        assertThat(install(Map.of("replicas", "3")).preflight(3)).isEmpty();
    }

    @Test
    void preflightSaysRookCephIsNotFoundWithoutCephCluster() {
        assertThat(EngineAdapters.of(Fixtures.traits("ceph", "", Map.of()), client).preflight(3)).containsExactly(
                "Rook-Ceph not found in namespace [rook-ceph]: no CephCluster; install Rook-Ceph, or set the catalog's "
                        + "engineNamespace and setting [cephCluster]");
    }

    @Test
    void preflightNamesADegradedClusterOsdsNotReadyAndTooManyReplicas() {
        cluster = Fixtures.yaml("ceph/cephcluster-osd-down.yaml").get(0);
        EngineAdapter adapter = install(Map.of("replicas", "3"));
        client.pods().inNamespace("rook-ceph").withName("rook-ceph-osd-1-7c9e8d6a4-m5q8r").edit(p -> {
            p.getStatus().getConditions().get(0).setStatus("False");
            return p;
        });

        List<String> problems = adapter.preflight(2);

        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).startsWith("Rook-Ceph not healthy before the run [DEGRADED]: CephCluster "
                + "HEALTH_WARN: OSD_DOWN").endsWith("let it reach HEALTH_OK first (ceph health detail in the toolbox)");
        assertThat(problems.get(1)).isEqualTo("Rook-Ceph OSD pods not ready [rook-ceph-osd-1-7c9e8d6a4-m5q8r] in "
                + "namespace [rook-ceph]");
        assertThat(problems.get(2)).startsWith("engine adapter [ceph] asks for replicas [3]");
    }

    @Test
    void twoClustersInTheNamespaceNeedTheClusterSetting() {
        ObjectNode second = cluster.deepCopy();
        Fixtures.set(second, "metadata.name", "other");
        Fixtures.set(second, "status.ceph.health", "HEALTH_ERR");
        Fixtures.createCrs(client, "ceph.rook.io", "v1", "cephclusters", List.of(second));
        EngineAdapter adapter = install();
        EngineAdapter named = EngineAdapters.of(Fixtures.traits("ceph", "", Map.of("cephCluster", "rook-ceph")),
                client);

        assertThatThrownBy(() -> adapter.health(VOLUME)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Configuration error: namespace [rook-ceph] holds [2] CephClusters [other, rook-ceph]; "
                        + "name one with the ceph adapter's setting [cephCluster] in the engine catalog");
        assertThat(named.health(VOLUME).state()).isEqualTo(HealthState.HEALTHY);
    }

    private EngineAdapter install() {
        return install(Map.of());
    }

    private EngineAdapter install(Map<String, String> settings) {
        Fixtures.createCrs(client, "ceph.rook.io", "v1", "cephclusters", List.of(cluster));
        Fixtures.createPods(client, "ceph/pods.yaml");
        return EngineAdapters.of(Fixtures.traits("ceph", "", settings), client);
    }

    private List<String> podNames() {
        return client.pods().inNamespace("rook-ceph").list().getItems().stream().map(Pod::getMetadata)
                .map(m -> m.getName()).sorted().toList();
    }
}
