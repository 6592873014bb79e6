package org.storageharness.engine.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.storageharness.engine.EngineAdapter;
import org.storageharness.engine.FaultHandle;
import org.storageharness.engine.Health;
import org.storageharness.engine.Replica;
import org.storageharness.engine.VolumeRef;

/**
 * OpenEBS Mayastor through its REST API, reached via the API server's service proxy (engines.md §3); Mayastor volumes
 * are not custom resources. Replicas come from {@code state.replica_topology} (TARGET on the nexus node,
 * {@code state.target.node}), health from {@code state.status} and the children's rebuild progress; the replica fault
 * deletes the io-engine pod ({@code app=io-engine}) on the node, which faults every Mayastor replica there until the
 * DaemonSet restarts it, so closing the fault does nothing. The version is the io-engine pods' label
 * {@code openebs.io/version}, else {@code GET /v0/nodes} state.version.
 *
 * <p>Namespace: {@code engineNamespace}, default {@code openebs} (the umbrella chart; the standalone chart uses
 * {@code mayastor}). Settings: {@code restService}, the REST service as {@code <name>:<port>}, default
 * {@code openebs-api-rest:8081} ({@code <release>-api-rest}, plain HTTP port); {@code replicas} (the StorageClass's
 * repl, optional) for the preflight. RBAC: tier 1 ({@code services/proxy get} on that service, pods list), tier 2
 * (pods delete).
 */
final class MayastorAdapter implements EngineAdapter {

    static final String DEFAULT_NAMESPACE = "openebs";
    static final String REST_SERVICE = "restService";
    static final String DEFAULT_REST_SERVICE = "openebs-api-rest:8081";
    static final String VERSION_LABEL = "openebs.io/version";

    private final AdapterSettings settings;
    private final ServiceProxy rest;
    private final EnginePods ioEngines;

    MayastorAdapter(AdapterSettings settings, KubernetesClient client) {
        this.settings = settings;
        this.rest = new ServiceProxy(client, settings.namespace(), settings.text(REST_SERVICE, DEFAULT_REST_SERVICE),
                REST_SERVICE);
        this.ioEngines = new EnginePods(client, settings.namespace(), "app", "io-engine");
        settings.replicas(); // a bad value is a configuration error now, not during a check
    }

    @Override
    public String name() {
        return "mayastor";
    }

    @Override
    public Map<String, String> version() {
        Map<String, String> version = new LinkedHashMap<>();
        Optional<Pod> pod = ioEngines.list().stream().findFirst();
        pod.map(p -> p.getMetadata().getLabels().get(VERSION_LABEL)).ifPresent(v -> version.put("mayastor.version", v));
        pod.map(p -> p.getSpec().getContainers().get(0).getImage()).ifPresent(i -> version.put("mayastor.image", i));
        if (!version.containsKey("mayastor.version")) {
            nodes().map(n -> n.path("state").path("version").asText("")).filter(v -> !v.isEmpty()).findFirst()
                    .ifPresent(v -> version.put("mayastor.version", v));
        }
        return version;
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
        MayastorVolume ms = read(volume);
        if (node.equals(ms.targetNode())) {
            throw new IllegalArgumentException("Refusing to fault node [" + node + "]: it hosts the nexus of Mayastor "
                    + "volume [" + volume.pvName() + "] (state.target.node); a replica fault must hit a node that "
                    + "holds only a replica");
        }
        if (ms.replicas().stream().noneMatch(r -> r.node().equals(node))) {
            throw new IllegalArgumentException("Mayastor volume [" + volume.pvName() + "] has no replica on node ["
                    + node + "]; its replicas are on " + ms.replicas().stream().map(Replica::node).toList());
        }
        List<Pod> pods = ioEngines.onNode(node);
        if (pods.isEmpty()) {
            throw new IllegalStateException("Cluster unavailable: no io-engine pod [" + ioEngines.selector()
                    + "] on node [" + node + "] in namespace [" + settings.namespace() + "]");
        }
        return ioEngines.delete(pods.get(0), "io-engine (every Mayastor replica on the node faults)");
    }

    @Override
    public List<String> preflight(int readyNodes) {
        List<Pod> pods = ioEngines.list();
        if (pods.isEmpty()) {
            return List.of("Mayastor not found in namespace [" + settings.namespace() + "]: no pod labelled ["
                    + ioEngines.selector() + "]; install Mayastor, or set the catalog's engineNamespace (umbrella "
                    + "chart: openebs, standalone chart: mayastor)");
        }
        List<String> problems = new ArrayList<>();
        List<String> notReady = EnginePods.notReady(pods);
        if (!notReady.isEmpty()) {
            problems.add("Mayastor not healthy: io-engine pods not ready " + notReady + " in namespace ["
                    + settings.namespace() + "]; check hugepages and the node label openebs.io/engine=mayastor");
        }
        problems.addAll(offlineNodes());
        settings.replicasAbove(readyNodes).ifPresent(problems::add);
        return problems;
    }

    private List<String> offlineNodes() {
        try {
            return nodes().filter(n -> !"Online".equals(n.path("state").path("status").asText("")))
                    .map(n -> "Mayastor not healthy: io-engine node [" + n.path("id").asText() + "] is ["
                            + n.path("state").path("status").asText("Unknown") + "] (GET /v0/nodes)")
                    .toList();
        } catch (IllegalStateException e) {
            return List.of("Mayastor REST API not reachable: " + e.getMessage());
        }
    }

    private Stream<JsonNode> nodes() {
        return StreamSupport.stream(rest.get("/v0/nodes").spliterator(), false);
    }

    private MayastorVolume read(VolumeRef volume) {
        return new MayastorVolume(rest.get("/v0/volumes/" + MayastorVolume.uuid(volume.pvName(),
                volume.volumeHandle())));
    }
}
