package org.storageharness.engine.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storageharness.engine.EngineAdapter;
import org.storageharness.engine.FaultHandle;
import org.storageharness.engine.Health;
import org.storageharness.engine.HealthState;
import org.storageharness.engine.Replica;
import org.storageharness.engine.VolumeRef;

/**
 * Rook-Ceph RBD through the CephCluster CR ({@code ceph.rook.io/v1}) and the OSD pods (engines.md §5). Ceph keeps no
 * per-volume replica set (CRUSH spreads an image's objects over all OSDs of the pool), so {@link #replicas} lists
 * every OSD pod ({@code app=rook-ceph-osd}) as {@code osd-<ceph-osd-id>} on its node with role REPLICA, and
 * {@link #health} is the cluster's health for every volume. The replica fault deletes one OSD pod on the node; its
 * deployment restarts it, so closing the fault does nothing. The version is {@code status.version.version}.
 *
 * <p>Namespace: {@code engineNamespace}, default {@code rook-ceph}. Settings: {@code cephCluster}, the CephCluster's
 * name, needed only when the namespace holds more than one; {@code replicas} (the CephBlockPool's replicated.size,
 * optional) for the preflight. RBAC: tier 1 (cephclusters get/list, pods list), tier 2
 * (pods delete).
 */
final class CephAdapter implements EngineAdapter {

    static final String DEFAULT_NAMESPACE = "rook-ceph";
    static final String CLUSTER = "cephCluster";
    static final String OSD_ID_LABEL = "ceph-osd-id";

    private final AdapterSettings settings;
    private final EngineCrs crs;
    private final EnginePods osds;

    CephAdapter(AdapterSettings settings, KubernetesClient client) {
        this.settings = settings;
        this.crs = new EngineCrs(client, "ceph.rook.io", "v1", settings.namespace());
        this.osds = new EnginePods(client, settings.namespace(), "app", "rook-ceph-osd");
        settings.replicas(); // a bad value is a configuration error now, not during a check
    }

    @Override
    public String name() {
        return "ceph";
    }

    @Override
    public Map<String, String> version() {
        JsonNode version = cluster().path("status").path("version");
        Map<String, String> facts = new LinkedHashMap<>();
        for (String field : List.of("version", "image")) {
            String value = version.path(field).asText("");
            if (!value.isEmpty()) {
                facts.put("ceph." + field, value);
            }
        }
        return facts;
    }

    /** Every OSD of the cluster: the copies of any RBD volume live on some of them. */
    @Override
    public List<Replica> replicas(VolumeRef volume) {
        return osds.list().stream().map(p -> new Replica(osdName(p), p.getSpec().getNodeName(), Replica.Role.REPLICA,
                EnginePods.notReady(List.of(p)).isEmpty() ? "ready" : "not ready")).toList();
    }

    /** The cluster's health: Ceph has none per volume. */
    @Override
    public Health health(VolumeRef volume) {
        return CephHealth.of(cluster());
    }

    @Override
    public FaultHandle injectReplicaFault(VolumeRef volume, String node) {
        List<Pod> onNode = osds.onNode(node);
        if (onNode.isEmpty()) {
            throw new IllegalArgumentException("Rook-Ceph has no OSD pod [" + osds.selector() + "] on node [" + node
                    + "]; OSDs are on " + replicas(volume).stream().map(Replica::node).distinct().toList());
        }
        return osds.delete(onNode.get(0), "Ceph OSD " + osdName(onNode.get(0)));
    }

    @Override
    public List<String> preflight(int readyNodes) {
        Optional<JsonNode> cluster = findCluster();
        if (cluster.isEmpty()) {
            return List.of("Rook-Ceph not found in namespace [" + settings.namespace() + "]: no CephCluster"
                    + settings.text(CLUSTER, "").transform(n -> n.isEmpty() ? "" : " [" + n + "]")
                    + "; install Rook-Ceph, or set the catalog's engineNamespace and setting [" + CLUSTER + "]");
        }
        List<String> problems = new ArrayList<>();
        Health health = CephHealth.of(cluster.get());
        if (health.state() != HealthState.HEALTHY) {
            problems.add("Rook-Ceph not healthy before the run [" + health.state() + "]: " + health.detail()
                    + "; let it reach HEALTH_OK first (ceph health detail in the toolbox)");
        }
        List<Pod> pods = osds.list();
        if (pods.isEmpty()) {
            problems.add("Rook-Ceph has no OSD pod [" + osds.selector() + "] in namespace [" + settings.namespace()
                    + "]");
        }
        List<String> notReady = EnginePods.notReady(pods);
        if (!notReady.isEmpty()) {
            problems.add("Rook-Ceph OSD pods not ready " + notReady + " in namespace [" + settings.namespace() + "]");
        }
        settings.replicasAbove(readyNodes).ifPresent(problems::add);
        return problems;
    }

    private JsonNode cluster() {
        return findCluster().orElseThrow(() -> new IllegalStateException("Cluster unavailable: no CephCluster"
                + " in namespace [" + settings.namespace() + "]; set the catalog's engineNamespace"));
    }

    private Optional<JsonNode> findCluster() {
        String name = settings.text(CLUSTER, "");
        if (!name.isEmpty()) {
            return crs.get("CephCluster", "cephclusters", name);
        }
        List<JsonNode> clusters = crs.list("CephCluster", "cephclusters");
        if (clusters.size() > 1) {
            List<String> names = clusters.stream().map(c -> c.path("metadata").path("name").asText()).toList();
            throw new IllegalArgumentException("Configuration error: namespace [" + settings.namespace()
                    + "] holds [" + clusters.size() + "] CephClusters " + names + "; name one with the ceph adapter's "
                    + "setting [" + CLUSTER + "] in the engine catalog");
        }
        return clusters.stream().findFirst();
    }

    private static String osdName(Pod pod) {
        Map<String, String> labels = pod.getMetadata().getLabels();
        return "osd-" + labels.getOrDefault(OSD_ID_LABEL, "?");
    }
}
