package org.storageharness.engine.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
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
class LinstorAdapterTest {

    static final String PV = "pvc-0d6f2b8a-4c1e-4a3b-9e5d-7f8a1b2c3d4e";
    static final VolumeRef VOLUME = new VolumeRef(PV, PV, Map.of(), "n1");
    static final String PROXY = "/api/v1/namespaces/piraeus-datastore/services/linstor-controller:3370/proxy";
    static final String VIEW = "/v1/view/resources?resources=" + PV;

    KubernetesClient client;
    KubernetesMockServer server;

    ArrayNode view = Fixtures.jsonArray("linstor/view-healthy.json");

    @Test
    void diskfulResourcesAreReplicasTheOneInUseIsTheTargetAndTheTieBreakerIsNoCopy() {
        assertThat(install(view).replicas(VOLUME)).containsExactly(
                new Replica(PV + "@n1", "n1", Replica.Role.TARGET, "UpToDate"),
                new Replica(PV + "@n2", "n2", Replica.Role.REPLICA, "UpToDate"),
                new Replica(PV + "@n3", "n3", Replica.Role.TIEBREAKER, "TieBreaker"));
    }

    @Test
    void aDisklessClientIsNotAReplica() {
        ObjectNode client4 = view.get(2).deepCopy();
        client4.put("node_name", "n4");
        client4.putArray("flags").add("DRBD_DISKLESS");
        Fixtures.set(client4, "state.in_use", true);
        Fixtures.set((ObjectNode) view.get(0), "state.in_use", false);
        view.add(client4);

        assertThat(install(view).replicas(VOLUME)).extracting(Replica::node, Replica::role).containsExactly(
                tuple("n1", Replica.Role.REPLICA), tuple("n2", Replica.Role.REPLICA),
                tuple("n3", Replica.Role.TIEBREAKER));
    }

    @Test
    void healthyWhenEveryDiskfulVolumeIsUpToDateAndConnected() {
        Health health = install(view).health(VOLUME);

        assertThat(health.state()).isEqualTo(HealthState.HEALTHY);
        assertThat(health.detail()).isEqualTo("n1 UpToDate (in use); n2 UpToDate; n3 TieBreaker");
    }

    @Test
    void aDisconnectedTieBreakerDoesNotDegradeTheData() {
        Fixtures.set(volumeOwner(0), "layer_object.drbd.connections.n3", Map.of("connected", false, "message",
                "Connecting"));

        assertThat(install(view).health(VOLUME).state()).isEqualTo(HealthState.HEALTHY);
    }

    @Test
    void rebuildingWhileAPeerIsSyncTargetWithItsDonePercentage() {
        Health health = install(Fixtures.jsonArray("linstor/view-synctarget.json")).health(VOLUME);

        assertThat(health.state()).isEqualTo(HealthState.REBUILDING);
        assertThat(health.rebuildProgress()).hasValue(45.3);
        assertThat(health.detail()).contains("n2 Inconsistent SyncTarget 45.3%");
    }

    @Test
    void rebuildingIsAlsoReadFromTheFlatFieldsOfOlderControllers() {
        Fixtures.set(volumeOwner(1), "volumes", List.of(Map.of("volume_number", 0, "state", Map.of("disk_state",
                "Inconsistent", "replication_state", "SyncTarget", "done_percentage", 12.5))));

        Health health = install(view).health(VOLUME);

        assertThat(health.state()).isEqualTo(HealthState.REBUILDING);
        assertThat(health.rebuildProgress()).hasValue(12.5);
    }

    @Test
    void degradedWhileASatelliteIsDown() {
        Health health = install(Fixtures.jsonArray("linstor/view-satellite-down.json")).health(VOLUME);

        assertThat(health.state()).isEqualTo(HealthState.DEGRADED);
        assertThat(health.detail()).contains("n2 Unknown");
    }

    @Test
    void degradedWhenAPeerIsOutdated() {
        Fixtures.set(volumeOwner(1), "volumes", List.of(Map.of("state", Map.of("disk_state", "Outdated"))));

        assertThat(install(view).health(VOLUME).state()).isEqualTo(HealthState.DEGRADED);
    }

    @Test
    void degradedWhenDiskfulPeersAreDisconnectedThoughUpToDate() {
        Fixtures.set(volumeOwner(0), "layer_object.drbd.connections.n2", Map.of("connected", false, "message",
                "StandAlone"));

        assertThat(install(view).health(VOLUME).state()).isEqualTo(HealthState.DEGRADED);
    }

    @Test
    void faultedWhenNoDiskfulCopyIsUpToDate() {
        Fixtures.set(volumeOwner(0), "volumes", List.of(Map.of("state", Map.of("disk_state", "Inconsistent"))));
        Fixtures.set(volumeOwner(1), "volumes", List.of(Map.of("state", Map.of("disk_state", "Outdated"))));

        assertThat(install(view).health(VOLUME).state()).isEqualTo(HealthState.FAULTED);
    }

    @Test
    void unknownWhenTheControllerKnowsNoDiskState() {
        Fixtures.set(volumeOwner(0), "volumes", List.of(Map.of("state", Map.of())));
        Fixtures.set(volumeOwner(1), "volumes", List.of(Map.of("state", Map.of())));

        assertThat(install(view).health(VOLUME).state()).isEqualTo(HealthState.UNKNOWN);
    }

    @Test
    void faultDeletesExactlyTheSatellitePodOnTheNode() {
        EngineAdapter adapter = install(view);

        FaultHandle fault = adapter.injectReplicaFault(VOLUME, "n2");
        fault.close();

        assertThat(fault.description()).isEqualTo("deleted LINSTOR satellite (DRBD replication from the node stops) "
                + "pod linstor-satellite.n2-q8w3z on node n2");
        assertThat(podNames()).containsExactly("linstor-controller-7d4c9b6f8-2xkqp", "linstor-csi-node-r4t6y",
                "linstor-satellite.n1-h5k2d", "linstor-satellite.n3-m2v7c");
    }

    @Test
    void refusesToFaultTheNodeWhereTheResourceIsInUse() {
        EngineAdapter adapter = install(view);

        assertThatThrownBy(() -> adapter.injectReplicaFault(VOLUME, "n1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Refusing to fault node [n1]").hasMessageContaining("in use there");
        assertThat(podNames()).hasSize(5);
    }

    @Test
    void refusesToFaultTheTieBreakerNode() {
        EngineAdapter adapter = install(view);

        assertThatThrownBy(() -> adapter.injectReplicaFault(VOLUME, "n3")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LINSTOR resource [" + PV + "] has no diskful replica on node [n3]; its replicas are on "
                        + "[n1, n2]");
        assertThat(podNames()).hasSize(5);
    }

    @Test
    void refusesTheFaultWithDrbdHostNetworkingBeforeAskingTheCluster() {
        install(view);
        EngineAdapter adapter = EngineAdapters.of(Fixtures.traits("linstor", "", Map.of("drbdHostNetworking",
                "true")), client);
        int requests = server.getRequestCount();

        assertThatThrownBy(() -> adapter.injectReplicaFault(VOLUME, "n2"))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageStartingWith("LINSTOR runs DRBD on the host network [drbdHostNetworking=true]: deleting a "
                        + "satellite pod would only restart the control plane");
        assertThat(server.getRequestCount()).isEqualTo(requests);
        assertThat(podNames()).hasSize(5);
    }

    @Test
    void aResourceLinstorDoesNotKnowIsAClusterProblemNamingIt() {
        EngineAdapter adapter = install(Fixtures.jsonArray("linstor/view-healthy.json").removeAll());

        assertThatThrownBy(() -> adapter.health(VOLUME)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Cluster unavailable: LINSTOR has no resource [" + PV + "]; is the PersistentVolume "
                        + "provisioned by linstor.csi.linbit.com?");
    }

    @Test
    void versionComesFromTheControllerApi() {
        assertThat(install(view).version()).containsExactly(Map.entry("linstor.version", "1.29.1"),
                Map.entry("linstor.restApiVersion", "1.23.0"));
    }

    @Test
    void preflightPassesOnAHealthyInstall() {
        install(view);

        assertThat(adapter(Map.of("replicas", "2")).preflight(3)).isEmpty();
    }

    @Test
    void preflightSaysLinstorIsNotFoundWithoutAController() {
        assertThat(adapter(Map.of()).preflight(3)).containsExactly("LINSTOR not found in namespace "
                + "[piraeus-datastore]: no pod labelled [app.kubernetes.io/component=linstor-controller]; install "
                + "Piraeus, or set the catalog's engineNamespace");
    }

    @Test
    void preflightNamesAnUnreachableApiSatellitesNotReadyAndTooManyReplicas() {
        Fixtures.createPods(client, "linstor/pods.yaml");
        server.expect().get().withPath(PROXY + "/v1/controller/version").andReturn(503, MayastorAdapterTest
                .NO_ENDPOINTS.replace("openebs-api-rest:8081", "linstor-controller:3370")).always();
        client.pods().inNamespace("piraeus-datastore").withName("linstor-satellite.n3-m2v7c").edit(p -> {
            p.getStatus().getConditions().get(0).setStatus("False");
            return p;
        });

        try (KubernetesClient noRetries = Fixtures.client(client, 0, 10_000)) {
            List<String> problems = EngineAdapters.of(Fixtures.traits("linstor", "", Map.of("replicas", "3")),
                    noRetries).preflight(2);

            assertThat(problems).hasSize(3);
            assertThat(problems.get(0)).startsWith("LINSTOR API not reachable: Cluster unavailable: GET "
                    + "[/v1/controller/version] through service [piraeus-datastore/linstor-controller:3370] answered "
                    + "[HTTP 503").contains("setting [controllerService]");
            assertThat(problems.get(1)).isEqualTo("LINSTOR not healthy: satellite pods not ready "
                    + "[linstor-satellite.n3-m2v7c] in namespace [piraeus-datastore]");
            assertThat(problems.get(2)).startsWith("engine adapter [linstor] asks for replicas [3]");
        }
    }

    @Test
    void aRefusedPodDeleteNamesRbacTierTwo() {
        EngineAdapter adapter = install(view);
        server.expect().delete().withPath("/api/v1/namespaces/piraeus-datastore/pods/linstor-satellite.n2-q8w3z")
                .andReturn(403, LonghornAdapterTest.forbidden("pods \\\"linstor-satellite.n2-q8w3z\\\"")).always();

        assertThatThrownBy(() -> adapter.injectReplicaFault(VOLUME, "n2"))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageStartingWith("RBAC tier 2 (engine fault) missing: the API server refused to delete pod "
                        + "[linstor-satellite.n2-q8w3z] in namespace [piraeus-datastore]");
    }

    private ObjectNode volumeOwner(int index) {
        return (ObjectNode) view.get(index);
    }

    private EngineAdapter install(ArrayNode resources) {
        Fixtures.createPods(client, "linstor/pods.yaml");
        server.expect().get().withPath(PROXY + VIEW).andReturn(200, resources.toString()).always();
        server.expect().get().withPath(PROXY + "/v1/controller/version")
                .andReturn(200, Fixtures.text("linstor/controller-version.json")).always();
        return adapter(Map.of());
    }

    private EngineAdapter adapter(Map<String, String> settings) {
        return EngineAdapters.of(Fixtures.traits("linstor", "", settings), client);
    }

    private List<String> podNames() {
        return client.pods().inNamespace("piraeus-datastore").list().getItems().stream().map(Pod::getMetadata)
                .map(m -> m.getName()).sorted().toList();
    }
}
