package org.storageharness.platform.kube.pods;

import org.storageharness.platform.kube.cluster.Manifests;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.KubeVolume;
import org.storageharness.suite.NodeVolume;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Each engine's volumes, provisioned at its first workload and reused by the rest, pre-filled once so that thin
 * volumes do not flatter the first workload. Volume {@code i} is pinned to node {@code i} when the engine fans out.
 */
public final class VolumePool {

    /**
     * One PVC of an engine; {@code node} is null when the scheduler may choose. A node baseline's volume has no claim
     * but {@code host}: the node's directory or raw device, mounted into the pod from the node (hostPath).
     */
    public record Volume(String engine, String claim, String node, boolean block, NodeVolume host) {

        public Volume(String engine, String claim, String node, boolean block) {
            this(engine, claim, node, block, null);
        }

        /** The node baseline's "volume": the node's own directory or device. */
        public static Volume onNode(String engine, NodeVolume host) {
            return new Volume(engine, null, host.node(), host.isDevice(), host);
        }
    }

    /** What the pool needs to fill a fresh volume: runs a prefill pod to the end. */
    public interface Filler {
        void fill(Volume volume) throws InterruptedException;
    }

    private final KubernetesClient client;
    private final String namespace;
    private final Manifests manifests;
    private final Consumer<String> log;
    private final Map<String, List<Volume>> byEngine = new LinkedHashMap<>();

    private final String prefix;
    private String pinned;

    /** @param prefix start of every PVC name, unique to the run so that a shared namespace has no clashes */
    public VolumePool(KubernetesClient client, String namespace, Manifests manifests, String prefix, Consumer<String> log) {
        this.prefix = prefix;
        this.client = client;
        this.namespace = namespace;
        this.manifests = manifests;
        this.log = log;
    }

    /** Pins every volume of an engine that does not fan out to {@code node} (the node baseline's node). */
    public void pinTo(String node) {
        this.pinned = node;
    }

    /**
     * The engine's first {@code count} volumes, created and filled on first use.
     *
     * @param nodes nodes to pin volumes to when {@code maxFanOut > 1}
     */
    public List<Volume> volumes(EngineSpec engine, int count, int maxFanOut, List<String> nodes, String size, Filler filler)
            throws InterruptedException {
        List<Volume> volumes = byEngine.get(engine.id());
        if (volumes == null) {
            releaseAll();
            volumes = provision(engine, maxFanOut, nodes, size);
            byEngine.put(engine.id(), volumes);
            for (Volume v : volumes) {
                filler.fill(v);
            }
        }
        return volumes.subList(0, count);
    }

    /**
     * Engines run one after another, so the previous engine's volumes are done with: free their space before the
     * next engine provisions (thin pools and shared disks would otherwise carry both).
     */
    private void releaseAll() {
        for (List<Volume> volumes : byEngine.values()) {
            for (Volume v : volumes) {
                client.persistentVolumeClaims().inNamespace(namespace).withName(v.claim()).delete();
            }
            for (Volume v : volumes) {
                client.persistentVolumeClaims().inNamespace(namespace).withName(v.claim())
                        .waitUntilCondition(Objects::isNull, 3, TimeUnit.MINUTES);
            }
            log.accept("engine " + volumes.get(0).engine() + ": volumes released");
        }
        byEngine.clear();
    }

    private List<Volume> provision(EngineSpec engine, int maxFanOut, List<String> nodes, String size) {
        KubeVolume kube = engine.kubeVolume().orElseThrow();
        log.accept("engine " + engine.id() + ": " + maxFanOut + " volume(s) of " + size
                + " from StorageClass " + kube.storageClass() + (kube.block() ? " (Block)" : "") + ", pre-filling");
        List<Volume> volumes = new ArrayList<>();
        for (int i = 0; i < maxFanOut; i++) {
            String claim = prefix + engine.id().replaceAll("[^a-z0-9-]", "-") + "-" + i;
            client.persistentVolumeClaims().inNamespace(namespace)
                    .resource(manifests.volume(claim, engine.id(), kube, size)).create();
            volumes.add(new Volume(engine.id(), claim, maxFanOut > 1 ? nodes.get(i) : pinned, kube.block()));
        }
        return volumes;
    }
}
