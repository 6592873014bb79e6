package org.storageharness.engine.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.storageharness.engine.EngineAdapter;
import org.storageharness.engine.FaultHandle;
import org.storageharness.engine.Health;
import org.storageharness.engine.Replica;
import org.storageharness.engine.VolumeRef;

/**
 * Longhorn (v1 and v2 data engine) through its custom resources in {@code longhorn.io/v1beta2} (engines.md §2).
 * Replicas are the volume's Replica CRs (label {@code longhornvolume=<pv>}), the one on the attached node
 * ({@code status.currentNodeID}) being the TARGET; health comes from {@code status.robustness} and the Engine CR's
 * {@code replicaModeMap}; the replica fault deletes the one Replica CR on the node, which Longhorn replaces and
 * rebuilds, so closing the fault does nothing. The version is the Setting {@code current-longhorn-version}.
 *
 * <p>Namespace: the catalog's {@code engineNamespace}, default {@code longhorn-system}. Settings: {@code replicas}
 * (the StorageClass's numberOfReplicas, optional) for the preflight. RBAC: tier 1 reads, tier 2 deletes
 * {@code replicas.longhorn.io}.
 */
final class LonghornAdapter implements EngineAdapter {

    static final String DEFAULT_NAMESPACE = "longhorn-system";
    static final String VERSION_SETTING = "current-longhorn-version";

    private final AdapterSettings settings;
    private final EngineCrs crs;
    private final EnginePods managers;

    LonghornAdapter(AdapterSettings settings, KubernetesClient client) {
        this.settings = settings;
        this.crs = new EngineCrs(client, "longhorn.io", "v1beta2", settings.namespace());
        this.managers = new EnginePods(client, settings.namespace(), "app", "longhorn-manager");
        settings.replicas(); // a bad value is a configuration error now, not during a check
    }

    @Override
    public String name() {
        return "longhorn";
    }

    @Override
    public Map<String, String> version() {
        Map<String, String> version = new LinkedHashMap<>();
        crs.get("Setting", "settings", VERSION_SETTING).map(s -> s.path("value").asText(""))
                .filter(v -> !v.isEmpty()).ifPresent(v -> version.put("longhorn.version", v));
        managers.list().stream().findFirst().map(LonghornAdapter::image)
                .ifPresent(i -> version.put("longhorn.managerImage", i));
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
        LonghornVolume lh = read(volume);
        if (node.equals(lh.attachedNode())) {
            throw new IllegalArgumentException("Refusing to fault node [" + node + "]: it runs the engine of "
                    + "Longhorn volume [" + volume.pvName() + "] (status.currentNodeID); a replica fault must hit a "
                    + "node that holds only a replica");
        }
        List<JsonNode> onNode = lh.replicaCrs().stream().filter(r -> node.equals(LonghornVolume.node(r)))
                .collect(Collectors.toList());
        if (onNode.isEmpty()) {
            throw new IllegalArgumentException("Longhorn volume [" + volume.pvName() + "] has no replica on node ["
                    + node + "]; its replicas are on " + lh.replicas().stream().map(Replica::node).toList());
        }
        String replica = LonghornVolume.name(onNode.get(0));
        crs.delete("Replica", "replicas", replica);
        return new SelfHealingFault("deleted Replica CR " + replica + " on node " + node, node);
    }

    @Override
    public List<String> preflight(int readyNodes) {
        if (!crs.served("Volume", "volumes")) {
            return List.of(notFound("the API server does not serve [volumes.longhorn.io/v1beta2] (CRD missing)"));
        }
        List<Pod> pods = managers.list();
        if (pods.isEmpty()) {
            return List.of(notFound("no pod labelled [" + managers.selector() + "]"));
        }
        List<String> problems = new ArrayList<>();
        List<String> notReady = EnginePods.notReady(pods);
        if (!notReady.isEmpty()) {
            problems.add("Longhorn not healthy: longhorn-manager pods not ready " + notReady + " in namespace ["
                    + settings.namespace() + "]; see kubectl -n " + settings.namespace() + " describe pod "
                    + notReady.get(0));
        }
        settings.replicasAbove(readyNodes).ifPresent(problems::add);
        return problems;
    }

    private LonghornVolume read(VolumeRef volume) {
        String pv = volume.pvName();
        JsonNode cr = crs.get("Volume", "volumes", pv).orElseThrow(() -> new IllegalStateException(
                "Cluster unavailable: Longhorn has no volume [" + pv + "] in namespace [" + settings.namespace()
                        + "]; is the PersistentVolume provisioned by driver.longhorn.io?"));
        return new LonghornVolume(cr, crs.list("Replica", "replicas", "longhornvolume", pv),
                crs.list("Engine", "engines", "longhornvolume", pv));
    }

    private String notFound(String why) {
        return "Longhorn not found in namespace [" + settings.namespace() + "]: " + why + "; install Longhorn, or "
                + "set the catalog's engineNamespace to where it runs";
    }

    private static String image(Pod pod) {
        return pod.getSpec().getContainers().get(0).getImage();
    }
}
