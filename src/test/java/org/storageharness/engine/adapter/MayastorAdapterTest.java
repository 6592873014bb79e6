package org.storageharness.engine.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storageharness.engine.EngineAdapter;
import org.storageharness.engine.FaultHandle;
import org.storageharness.engine.Health;
import org.storageharness.engine.HealthState;
import org.storageharness.engine.Replica;
import org.storageharness.engine.VolumeRef;
import java.util.List;

@EnableKubernetesMockClient(crud = true, https = false)
class MayastorAdapterTest {

    static final String UUID = "5b1e7c3a-9d24-4f6e-8a10-3c7d2e9f4b61";
    static final VolumeRef VOLUME = new VolumeRef("pvc-" + UUID, UUID, Map.of(), "n1");
    static final String PROXY = "/api/v1/namespaces/openebs/services/openebs-api-rest:8081/proxy";

    static final String NO_ENDPOINTS = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\","
            + "\"message\":\"no endpoints available for service \\\"openebs-api-rest:8081\\\"\",\"reason\":"
            + "\"ServiceUnavailable\",\"code\":503}";

    KubernetesClient client;
    KubernetesMockServer server;

    @Test
    void theUuidIsTheVolumeHandleOrElseThePvNameWithoutPrefix() {
        assertThat(MayastorVolume.uuid("pvc-" + UUID, UUID)).isEqualTo(UUID);
        assertThat(MayastorVolume.uuid("pvc-" + UUID, "pvc-" + UUID)).isEqualTo(UUID);
    }

    @Test
    void theReplicaOnTheNexusNodeIsTheTarget() {
        assertThat(install("volume-online.json").replicas(VOLUME)).containsExactlyInAnyOrder(
                new Replica("0a4c2f8e-1b3d-4e5f-9a6b-7c8d9e0f1a2b", "n1", Replica.Role.TARGET, "Online"),
                new Replica("1b5d3a9f-2c4e-4f60-8b7c-8d9e0f1a2b3c", "n2", Replica.Role.REPLICA, "Online"),
                new Replica("2c6e4b0a-3d5f-4071-9c8d-9e0f1a2b3c4d", "n3", Replica.Role.REPLICA, "Online"));
    }

    @Test
    void healthyWhenTheVolumeIsOnline() {
        Health health = install("volume-online.json").health(VOLUME);

        assertThat(health.state()).isEqualTo(HealthState.HEALTHY);
        assertThat(health.detail()).startsWith("status=Online, target n1 Online");
    }

    @Test
    void rebuildingWhenDegradedWithAChildReportingProgress() {
        Health health = install("volume-rebuilding.json").health(VOLUME);

        assertThat(health.state()).isEqualTo(HealthState.REBUILDING);
        assertThat(health.rebuildProgress()).hasValue(37.0);
    }

    @Test
    void degradedWhenDegradedWithoutARebuild() {
        assertThat(install("volume-degraded.json").health(VOLUME).state()).isEqualTo(HealthState.DEGRADED);
    }

    @Test
    void faultedWhenTheVolumeIsFaulted() {
        assertThat(install("volume-faulted.json").health(VOLUME).state()).isEqualTo(HealthState.FAULTED);
    }

    @Test
    void unknownWhenTheVolumeIsShutDown() {
        ObjectNode volume = Fixtures.json("mayastor/volume-online.json");
        Fixtures.set(volume, "state.status", "Shutdown");
        Fixtures.createPods(client, "mayastor/pods.yaml");
        serve("/v0/volumes/" + UUID, 200, volume.toString());

        assertThat(adapter(Map.of()).health(VOLUME).state()).isEqualTo(HealthState.UNKNOWN);
    }

    @Test
    void faultDeletesExactlyTheIoEnginePodOnTheNode() {
        EngineAdapter adapter = install("volume-online.json");

        FaultHandle fault = adapter.injectReplicaFault(VOLUME, "n2");
        fault.close();

        assertThat(fault.node()).isEqualTo("n2");
        assertThat(fault.description()).startsWith("deleted io-engine (every Mayastor replica on the node faults) pod "
                + "openebs-io-engine-8wq2d on node n2");
        assertThat(podNames()).containsExactly("openebs-api-rest-6c9f7d8b5-zq4lk", "openebs-io-engine-4kx9p",
                "openebs-io-engine-t6m3v");
    }

    @Test
    void refusesToFaultTheNexusNode() {
        EngineAdapter adapter = install("volume-online.json");

        assertThatThrownBy(() -> adapter.injectReplicaFault(VOLUME, "n1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Refusing to fault node [n1]").hasMessageContaining("state.target.node");
        assertThat(podNames()).hasSize(4);
    }

    @Test
    void refusesANodeWithoutAReplicaOfTheVolume() {
        EngineAdapter adapter = install("volume-online.json");

        assertThatThrownBy(() -> adapter.injectReplicaFault(VOLUME, "n4")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no replica on node [n4]");
        assertThat(podNames()).hasSize(4);
    }

    @Test
    void versionComesFromTheIoEnginePodLabel() {
        assertThat(install("volume-online.json").version()).containsExactly(Map.entry("mayastor.version", "2.7.1"),
                Map.entry("mayastor.image", "docker.io/openebs/mayastor-io-engine:v2.7.1"));
    }

    @Test
    void versionFallsBackToTheRestNodesWithoutThePodLabel() {
        EngineAdapter adapter = install("volume-online.json");
        client.pods().inNamespace("openebs").withLabel("app", "io-engine").list().getItems().forEach(p ->
                client.pods().inNamespace("openebs").withName(p.getMetadata().getName()).edit(e -> {
                    e.getMetadata().getLabels().remove(MayastorAdapter.VERSION_LABEL);
                    return e;
                }));

        assertThat(adapter.version()).containsEntry("mayastor.version", "v2.7.1");
    }

    @Test
    void preflightPassesOnAHealthyInstall() {
        EngineAdapter adapter = install("volume-online.json");

        assertThat(adapter.preflight(3)).isEmpty();
    }

    @Test
    void preflightSaysMayastorIsNotFoundWithoutIoEnginePods() {
        assertThat(adapter(Map.of()).preflight(3)).singleElement().asString()
                .startsWith("Mayastor not found in namespace [openebs]: no pod labelled [app=io-engine]");
    }

    @Test
    void preflightNamesOfflineNodesAndTooManyReplicas() {
        Fixtures.createPods(client, "mayastor/pods.yaml");
        String nodes = Fixtures.text("mayastor/nodes.json").replaceFirst("\"status\": \"Online\"",
                "\"status\": \"Offline\"");
        serve("/v0/nodes", 200, nodes);

        assertThat(adapter(Map.of("replicas", "3")).preflight(2)).containsExactly(
                "Mayastor not healthy: io-engine node [n1] is [Offline] (GET /v0/nodes)",
                "engine adapter [mayastor] asks for replicas [3] (setting [replicas]) but the cluster has only [2] "
                        + "ready nodes: not every copy can be placed and volumes stay degraded; lower the replica "
                        + "count or add nodes");
    }

    @Test
    void preflightSaysTheRestApiAnswersWithoutEndpoints() {
        Fixtures.createPods(client, "mayastor/pods.yaml");
        serve("/v0/nodes", 503, NO_ENDPOINTS);

        try (KubernetesClient noRetries = Fixtures.client(client, 0, 10_000)) {
            assertThat(EngineAdapters.of(Fixtures.traits("mayastor", "", Map.of()), noRetries).preflight(3))
                    .singleElement().asString()
                    .startsWith("Mayastor REST API not reachable: Cluster unavailable: GET [/v0/nodes] through service "
                            + "[openebs/openebs-api-rest:8081] answered [HTTP 503: {\"kind\":\"Status\"")
                    .contains("no endpoints available", "setting [restService]");
        }
    }

    @Test
    void aRestApiThatKeepsFailingIsGivenUpAfterTheRequestTimeout() {
        Fixtures.createPods(client, "mayastor/pods.yaml");
        serve("/v0/nodes", 503, NO_ENDPOINTS);

        try (KubernetesClient retrying = Fixtures.client(client, 10, 300)) {
            assertThat(EngineAdapters.of(Fixtures.traits("mayastor", "", Map.of()), retrying).preflight(3))
                    .singleElement().asString()
                    .contains("got no answer within [300 ms] (the client retries HTTP 5xx answers such as 503",
                            "setting [restService]");
        }
    }

    @Test
    void aRefusedProxyNamesRbacTierOneAndTheServiceName() {
        Fixtures.createPods(client, "mayastor/pods.yaml");
        serve("/v0/volumes/" + UUID, 403, LonghornAdapterTest.forbidden("services \\\"openebs-api-rest:8081\\\""));

        assertThatThrownBy(() -> adapter(Map.of()).health(VOLUME)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageStartingWith("RBAC tier 1 (engine read) missing: the API server refused to GET [/v0/volumes/"
                        + UUID + "] through the proxy of service [openebs/openebs-api-rest:8081] (RBAC resource "
                        + "services/proxy, resourceNames [openebs-api-rest:8081]) [HTTP 403: services "
                        + "\"openebs-api-rest:8081\" is forbidden");
    }

    @Test
    void aVolumeMayastorDoesNotKnowIsAClusterProblemNamingIt() {
        Fixtures.createPods(client, "mayastor/pods.yaml");
        serve("/v0/volumes/" + UUID, 404, Fixtures.text("mayastor/volume-not-found.json"));

        assertThatThrownBy(() -> adapter(Map.of()).replicas(VOLUME)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GET [/v0/volumes/" + UUID + "]").hasMessageContaining("[HTTP 404]")
                .hasMessageContaining("the engine has no such object");
    }

    @Test
    void aMissingServiceSaysWhichSettingNamesIt() {
        String missing = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":\"services "
                + "\\\"mayastor-api-rest\\\" not found\",\"reason\":\"NotFound\",\"details\":{\"name\":"
                + "\"mayastor-api-rest\",\"kind\":\"services\"},\"code\":404}";
        server.expect().get().withPath("/api/v1/namespaces/mayastor/services/mayastor-api-rest:8081/proxy/v0/volumes/"
                + UUID).andReturn(404, missing).always();
        EngineAdapter adapter = EngineAdapters.of(Fixtures.traits("mayastor", "mayastor",
                Map.of("restService", "mayastor-api-rest:8081")), client);

        assertThatThrownBy(() -> adapter.health(VOLUME)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("service [mayastor/mayastor-api-rest:8081] answered [HTTP 404: {\"kind\":"
                        + "\"Status\"")
                .hasMessageContaining("setting [restService] names its service as <name>:<port>");
    }

    private EngineAdapter install(String volumeFixture) {
        Fixtures.createPods(client, "mayastor/pods.yaml");
        serve("/v0/volumes/" + UUID, 200, Fixtures.text("mayastor/" + volumeFixture));
        serve("/v0/nodes", 200, Fixtures.text("mayastor/nodes.json"));
        return adapter(Map.of());
    }

    private EngineAdapter adapter(Map<String, String> settings) {
        return EngineAdapters.of(Fixtures.traits("mayastor", "", settings), client);
    }

    private void serve(String path, int code, String body) {
        server.expect().get().withPath(PROXY + path).andReturn(code, body).always();
    }

    private List<String> podNames() {
        return client.pods().inNamespace("openebs").list().getItems().stream().map(Pod::getMetadata)
                .map(m -> m.getName()).sorted().toList();
    }
}
