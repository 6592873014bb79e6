package org.storageharness.engine.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
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
class LonghornAdapterTest {

    static final String PV = "pvc-7f3c2a1e-5b9d-4c8e-a1f0-2d6b8e4c9a01";
    static final String NS = "longhorn-system";
    static final String R1 = PV + "-r-3a9c1f20";
    static final String R2 = PV + "-r-b7e04d51";
    static final String R3 = PV + "-r-c41f8e93";
    static final VolumeRef VOLUME = new VolumeRef(PV, PV, Map.of(), "n1");

    KubernetesClient client;
    KubernetesMockServer server;

    ObjectNode volume = Fixtures.yaml("longhorn/volume.yaml").get(0);
    ObjectNode engine = Fixtures.yaml("longhorn/engine.yaml").get(0);

    @Test
    void theReplicaOnTheAttachedNodeIsTheTargetAndTheOthersAreReplicas() {
        assertThat(install().replicas(VOLUME)).containsExactly(
                new Replica(R1, "n1", Replica.Role.TARGET, "RW"),
                new Replica(R2, "n2", Replica.Role.REPLICA, "RW"),
                new Replica(R3, "n3", Replica.Role.REPLICA, "RW"));
    }

    @Test
    void healthyWhenRobustnessIsHealthyAndEveryWantedReplicaIsReadWrite() {
        Health health = install().health(VOLUME);

        assertThat(health.state()).isEqualTo(HealthState.HEALTHY);
        assertThat(health.detail()).contains("robustness=healthy", "RW=3", "numberOfReplicas 3");
    }

    @Test
    void rebuildingWhileAReplicaIsWriteOnlyWithTheEnginesProgress() {
        Fixtures.set(volume, "status.robustness", "degraded");
        Fixtures.set(engine, "status.replicaModeMap." + R3, "WO");
        Fixtures.set(engine, "status.rebuildStatus", Map.of("10.42.3.17:10010",
                Map.of("isRebuilding", true, "progress", 42, "state", "in_progress")));

        EngineAdapter adapter = install();
        Health health = adapter.health(VOLUME);

        assertThat(health.state()).isEqualTo(HealthState.REBUILDING);
        assertThat(health.rebuildProgress()).hasValue(42.0);
        assertThat(adapter.replicas(VOLUME)).extracting(Replica::state).containsExactly("RW", "RW", "WO");
    }

    @Test
    void degradedWhenRobustnessIsDegraded() {
        Fixtures.set(volume, "status.robustness", "degraded");
        ((ObjectNode) engine.at("/status/replicaModeMap")).remove(R2);

        assertThat(install().health(VOLUME).state()).isEqualTo(HealthState.DEGRADED);
    }

    @Test
    void degradedWhenRobustnessIsStillHealthyButAReplicaLeftTheEngine() {
        ((ObjectNode) engine.at("/status/replicaModeMap")).remove(R2);

        Health health = install().health(VOLUME);

        assertThat(health.state()).isEqualTo(HealthState.DEGRADED);
        assertThat(health.detail()).contains("RW=2", "numberOfReplicas 3");
    }

    @Test
    void degradedWhenHealthyButAReplicaIsInError() {
        Fixtures.set(engine, "status.replicaModeMap." + R2, "ERR");

        assertThat(install().health(VOLUME).state()).isEqualTo(HealthState.DEGRADED);
    }

    @Test
    void faultedWhenRobustnessIsFaulted() {
        Fixtures.set(volume, "status.robustness", "faulted");

        assertThat(install().health(VOLUME).state()).isEqualTo(HealthState.FAULTED);
    }

    @Test
    void unknownWhenTheVolumeIsDetached() {
        Fixtures.set(volume, "status.robustness", "unknown");
        Fixtures.set(volume, "status.state", "detached");
        Fixtures.set(volume, "status.currentNodeID", "");

        EngineAdapter adapter = install();

        assertThat(adapter.health(VOLUME).state()).isEqualTo(HealthState.UNKNOWN);
        assertThat(adapter.replicas(VOLUME)).extracting(Replica::role).containsOnly(Replica.Role.REPLICA);
    }

    @Test
    void faultDeletesExactlyTheReplicaCrOnTheNode() {
        EngineAdapter adapter = install();

        FaultHandle fault = adapter.injectReplicaFault(VOLUME, "n2");
        fault.close();
        fault.close();

        assertThat(fault.node()).isEqualTo("n2");
        assertThat(fault.description()).isEqualTo("deleted Replica CR " + R2 + " on node n2");
        assertThat(names("Replica", "replicas")).containsExactly(R1, R3);
        assertThat(names("Volume", "volumes")).containsExactly(PV);
        assertThat(names("Engine", "engines")).containsExactly(PV + "-e-0");
        assertThat(client.pods().inNamespace(NS).list().getItems()).hasSize(3);
    }

    @Test
    void refusesToFaultTheNodeTheVolumeIsAttachedTo() {
        EngineAdapter adapter = install();

        assertThatThrownBy(() -> adapter.injectReplicaFault(VOLUME, "n1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Refusing to fault node [n1]").hasMessageContaining("status.currentNodeID");
        assertThat(names("Replica", "replicas")).containsExactly(R1, R2, R3);
    }

    @Test
    void refusesANodeWithoutAReplicaOfTheVolume() {
        EngineAdapter adapter = install();

        assertThatThrownBy(() -> adapter.injectReplicaFault(VOLUME, "n9"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Longhorn volume [" + PV + "] has no replica on node [n9]; its replicas are on [n1, n2, n3]");
        assertThat(names("Replica", "replicas")).hasSize(3);
    }

    @Test
    void aVolumeLonghornDoesNotKnowIsAClusterProblemNamingIt() {
        EngineAdapter adapter = install();
        VolumeRef other = new VolumeRef("pvc-other", null, Map.of(), null);

        assertThatThrownBy(() -> adapter.health(other)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Cluster unavailable: Longhorn has no volume [pvc-other] in namespace "
                        + "[longhorn-system]");
    }

    @Test
    void versionComesFromTheSettingAndTheManagerImage() {
        assertThat(install().version()).containsExactly(Map.entry("longhorn.version", "v1.12.1"),
                Map.entry("longhorn.managerImage", "longhornio/longhorn-manager:v1.12.1"));
    }

    @Test
    void readsTheConfiguredNamespace() {
        EngineAdapter adapter = EngineAdapters.of(Fixtures.traits("longhorn", "storage", Map.of()), client);
        install();

        assertThatThrownBy(() -> adapter.health(VOLUME)).hasMessageContaining("in namespace [storage]");
    }

    @Test
    void preflightPassesOnAHealthyInstall() {
        EngineAdapter adapter = install(Map.of("replicas", "3"));

        assertThat(adapter.preflight(3)).isEmpty();
    }

    @Test
    void preflightSaysLonghornIsNotFoundWithoutManagerPods() {
        EngineAdapter adapter = EngineAdapters.of(Fixtures.traits("longhorn", "", Map.of()), client);

        assertThat(adapter.preflight(3)).containsExactly("Longhorn not found in namespace [longhorn-system]: no pod "
                + "labelled [app=longhorn-manager]; install Longhorn, or set the catalog's engineNamespace to where it "
                + "runs");
    }

    @Test
    void preflightSaysLonghornIsNotFoundWhenTheVolumeCrdIsMissing() {
        Fixtures.createPods(client, "longhorn/manager-pods.yaml");
        server.expect().get().withPath("/apis/longhorn.io/v1beta2/namespaces/longhorn-system/volumes?limit=1")
                .andReturn(404, "{\"kind\":\"Status\",\"code\":404,\"reason\":\"NotFound\"}").always();
        EngineAdapter adapter = EngineAdapters.of(Fixtures.traits("longhorn", "", Map.of()), client);

        assertThat(adapter.preflight(3)).singleElement().asString()
                .contains("Longhorn not found", "[volumes.longhorn.io/v1beta2] (CRD missing)");
    }

    @Test
    void preflightNamesManagerPodsThatAreNotReadyAndTooManyReplicas() {
        EngineAdapter adapter = install(Map.of("replicas", "3"));
        client.pods().inNamespace(NS).withName("longhorn-manager-m4q9z").edit(p -> {
            p.getStatus().getConditions().get(0).setStatus("False");
            return p;
        });

        assertThat(adapter.preflight(2)).containsExactly(
                "Longhorn not healthy: longhorn-manager pods not ready [longhorn-manager-m4q9z] in namespace "
                        + "[longhorn-system]; see kubectl -n longhorn-system describe pod longhorn-manager-m4q9z",
                "engine adapter [longhorn] asks for replicas [3] (setting [replicas]) but the cluster has only [2] "
                        + "ready nodes: not every copy can be placed and volumes stay degraded; lower the replica "
                        + "count or add nodes");
    }

    @Test
    void aRefusedReadNamesRbacTierOne() {
        EngineAdapter adapter = install();
        server.expect().get().withPath("/apis/longhorn.io/v1beta2/namespaces/longhorn-system/replicas?labelSelector="
                + "longhornvolume%3D" + PV).andReturn(403, forbidden("replicas.longhorn.io")).always();

        assertThatThrownBy(() -> adapter.replicas(VOLUME)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageStartingWith("RBAC tier 1 (engine read) missing: the API server refused to list "
                        + "replicas.longhorn.io [longhornvolume=" + PV + "] in namespace [longhorn-system] [HTTP 403: "
                        + "replicas.longhorn.io is forbidden")
                .hasMessageContaining("rbac-tier1-engine-read.yaml").hasMessageContaining("engines.md §9.1");
    }

    @Test
    void aRefusedReplicaDeleteNamesRbacTierTwo() {
        EngineAdapter adapter = install();
        server.expect().delete().withPath("/apis/longhorn.io/v1beta2/namespaces/longhorn-system/replicas/" + R2)
                .andReturn(403, forbidden("replicas.longhorn.io \\\"" + R2 + "\\\"")).always();

        assertThatThrownBy(() -> adapter.injectReplicaFault(VOLUME, "n2"))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageStartingWith("RBAC tier 2 (engine fault) missing: the API server refused to delete "
                        + "replicas.longhorn.io [" + R2 + "] in namespace [longhorn-system]");
    }

    static String forbidden(String what) {
        return "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":\"Forbidden\",\"code\":403,"
                + "\"message\":\"" + what + " is forbidden: User \\\"system:serviceaccount:storage-harness:"
                + "storage-harness\\\" cannot do it\"}";
    }

    private EngineAdapter install() {
        return install(Map.of());
    }

    private EngineAdapter install(Map<String, String> settings) {
        Fixtures.createCrs(client, "longhorn.io", "v1beta2", "volumes", List.of(volume));
        Fixtures.createCrs(client, "longhorn.io", "v1beta2", "replicas", Fixtures.yaml("longhorn/replicas.yaml"));
        Fixtures.createCrs(client, "longhorn.io", "v1beta2", "engines", List.of(engine));
        Fixtures.createCrs(client, "longhorn.io", "v1beta2", "settings", Fixtures.yaml("longhorn/setting.yaml"));
        Fixtures.createPods(client, "longhorn/manager-pods.yaml");
        return EngineAdapters.of(Fixtures.traits("longhorn", "", settings), client);
    }

    private List<String> names(String kind, String plural) {
        ResourceDefinitionContext context = new ResourceDefinitionContext.Builder().withGroup("longhorn.io")
                .withVersion("v1beta2").withKind(kind).withPlural(plural).withNamespaced(true).build();
        return client.genericKubernetesResources(context).inNamespace(NS).list().getItems().stream()
                .map(GenericKubernetesResource::getMetadata).map(m -> m.getName()).sorted().toList();
    }
}
