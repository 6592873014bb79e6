package org.storageharness.engine.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storageharness.engine.EngineAdapter;
import org.storageharness.engine.FaultHandle;
import org.storageharness.engine.Health;
import org.storageharness.engine.Replica;
import org.storageharness.engine.VolumeRef;

/**
 * Piraeus / LINSTOR (DRBD) through the LINSTOR controller's REST API, reached via the API server's service proxy
 * (engines.md §4). The PV name is the LINSTOR resource name. Replicas are the diskful resources of
 * {@code GET /v1/view/resources?resources=<pv>} (TARGET where {@code state.in_use}); a TieBreaker is listed with role
 * TIEBREAKER and never counts as a copy; other diskless resources are left out. Health follows the DRBD disk and
 * replication states. The replica fault deletes the satellite pod on the node: without DRBD host networking the DRBD
 * devices live in that pod's network namespace, so replication from the node stops until the pod is back (closing the
 * fault does nothing, the operator restarts the pod); with host networking it would only restart the control plane,
 * so the fault is refused. The version is {@code GET /v1/controller/version}.
 *
 * <p>Namespace: {@code engineNamespace}, default {@code piraeus-datastore}. Settings: {@code controllerService}, the
 * controller service as {@code <name>:<port>}, default {@code linstor-controller:3370} (with API TLS:
 * {@code https:linstor-controller:3371}); {@code drbdHostNetworking} {@code true}/{@code false}, default
 * {@code false}; {@code replicas} (the StorageClass's placementCount, optional) for the preflight. RBAC: tier 1
 * ({@code services/proxy get} on that service, pods list), tier 2 (pods delete).
 */
final class LinstorAdapter implements EngineAdapter {

    static final String DEFAULT_NAMESPACE = "piraeus-datastore";
    static final String CONTROLLER_SERVICE = "controllerService";
    static final String DEFAULT_CONTROLLER_SERVICE = "linstor-controller:3370";
    static final String HOST_NETWORKING = "drbdHostNetworking";
    private static final String COMPONENT = "app.kubernetes.io/component";

    private final AdapterSettings settings;
    private final ServiceProxy rest;
    private final EnginePods satellites;
    private final EnginePods controllers;
    private final boolean hostNetworking;

    LinstorAdapter(AdapterSettings settings, KubernetesClient client) {
        this.settings = settings;
        this.rest = new ServiceProxy(client, settings.namespace(),
                settings.text(CONTROLLER_SERVICE, DEFAULT_CONTROLLER_SERVICE), CONTROLLER_SERVICE);
        this.satellites = new EnginePods(client, settings.namespace(), COMPONENT, "linstor-satellite");
        this.controllers = new EnginePods(client, settings.namespace(), COMPONENT, "linstor-controller");
        this.hostNetworking = settings.flag(HOST_NETWORKING, false);
        settings.replicas(); // a bad value is a configuration error now, not during a check
    }

    @Override
    public String name() {
        return "linstor";
    }

    @Override
    public Map<String, String> version() {
        JsonNode version = rest.get("/v1/controller/version");
        Map<String, String> facts = new LinkedHashMap<>();
        put(facts, "linstor.version", version.path("version").asText(""));
        put(facts, "linstor.restApiVersion", version.path("rest_api_version").asText(""));
        return facts;
    }

    @Override
    public List<Replica> replicas(VolumeRef volume) {
        return read(volume).replicas();
    }

    @Override
    public Health health(VolumeRef volume) {
        return read(volume).health();
    }

    @Override
    public FaultHandle injectReplicaFault(VolumeRef volume, String node) {
        if (hostNetworking) {
            throw new UnsupportedOperationException("LINSTOR runs DRBD on the host network [" + HOST_NETWORKING
                    + "=true]: deleting a satellite pod would only restart the control plane while DRBD keeps "
                    + "replicating, so no replica fault is offered (engines.md §4.8)");
        }
        LinstorResources resources = read(volume);
        if (resources.inUseNodes().contains(node)) {
            throw new IllegalArgumentException("Refusing to fault node [" + node + "]: LINSTOR resource ["
                    + volume.pvName() + "] is in use there (DRBD Primary); a replica fault must hit a secondary");
        }
        List<Replica> copies = resources.replicas().stream().filter(r -> r.role() != Replica.Role.TIEBREAKER).toList();
        if (copies.stream().noneMatch(r -> r.node().equals(node))) {
            throw new IllegalArgumentException("LINSTOR resource [" + volume.pvName() + "] has no diskful replica on "
                    + "node [" + node + "]; its replicas are on " + copies.stream().map(Replica::node).toList());
        }
        List<Pod> pods = satellites.onNode(node);
        if (pods.isEmpty()) {
            throw new IllegalStateException("Cluster unavailable: no satellite pod [" + satellites.selector()
                    + "] on node [" + node + "] in namespace [" + settings.namespace() + "]");
        }
        return satellites.delete(pods.get(0), "LINSTOR satellite (DRBD replication from the node stops)");
    }

    @Override
    public List<String> preflight(int readyNodes) {
        if (controllers.list().isEmpty()) {
            return List.of("LINSTOR not found in namespace [" + settings.namespace() + "]: no pod labelled ["
                    + controllers.selector() + "]; install Piraeus, or set the catalog's engineNamespace");
        }
        List<String> problems = new ArrayList<>();
        try {
            rest.get("/v1/controller/version");
        } catch (IllegalStateException e) {
            problems.add("LINSTOR API not reachable: " + e.getMessage());
        }
        List<Pod> pods = satellites.list();
        if (pods.isEmpty()) {
            problems.add("LINSTOR has no satellite pod [" + satellites.selector() + "] in namespace ["
                    + settings.namespace() + "]: no node can hold a replica; check the LinstorSatelliteConfiguration");
        }
        List<String> notReady = EnginePods.notReady(pods);
        if (!notReady.isEmpty()) {
            problems.add("LINSTOR not healthy: satellite pods not ready " + notReady + " in namespace ["
                    + settings.namespace() + "]");
        }
        settings.replicasAbove(readyNodes).ifPresent(problems::add);
        return problems;
    }

    private LinstorResources read(VolumeRef volume) {
        LinstorResources resources = new LinstorResources(rest.get("/v1/view/resources?resources="
                + volume.pvName()));
        if (resources.isEmpty()) {
            throw new IllegalStateException("Cluster unavailable: LINSTOR has no resource [" + volume.pvName()
                    + "]; is the PersistentVolume provisioned by linstor.csi.linbit.com?");
        }
        return resources;
    }

    private static void put(Map<String, String> facts, String key, String value) {
        if (!value.isEmpty()) {
            facts.put(key, value);
        }
    }
}
