package org.storageharness.platform.kube.cluster;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeSystemInfo;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.VersionInfo;
import java.util.List;
import java.util.Objects;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.storageharness.suite.EngineSpec;
import org.storageharness.engine.adapter.EngineAdapters;

/** Facts about the cluster for the report's environment: version, nodes, StorageClasses, CSI drivers. */
public final class ClusterFacts {

    private ClusterFacts() {
    }

    public static Map<String, String> read(KubernetesClient client, String context, List<EngineSpec> engines) {
        List<String> storageClasses = engines.stream().map(EngineSpec::storageClass).filter(Objects::nonNull)
                .distinct().toList();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("cluster.context", context);
        facts.put("cluster.server", client.getMasterUrl().toString());
        facts.put("kubernetes", version(client));
        client.nodes().list().getItems().forEach(n -> facts.put("node." + n.getMetadata().getName(), node(n)));
        for (String name : storageClasses) {
            StorageClass sc = client.storage().v1().storageClasses().withName(name).get();
            facts.put("storageclass." + name, sc == null ? "missing" : storageClass(sc));
        }
        facts.put("csi.drivers", client.storage().v1().csiDrivers().list().getItems().stream()
                .map(d -> d.getMetadata().getName()).sorted().collect(Collectors.joining(", ")));
        client.storage().v1().csiNodes().list().getItems().forEach(n -> facts.put("csinode." + n.getMetadata()
                .getName(), n.getSpec().getDrivers().stream().map(d -> d.getName()).collect(Collectors.joining(", "))));
        engines.stream().filter(e -> e.kubeVolume().isPresent() && !e.versionPods().isEmpty())
                .forEach(e -> facts.put("engine." + e.id() + ".image", engineImage(client, e.versionPods())));
        engines.stream().filter(e -> e.kubeVolume().isPresent() && !e.traits().adapter().equals("none"))
                .forEach(e -> facts.putAll(adapterVersion(client, e)));
        return facts;
    }

    /** What the engine's adapter knows of its version; an engine it cannot reach says why instead. */
    public static Map<String, String> adapterVersion(KubernetesClient client, EngineSpec engine) {
        Map<String, String> facts = new LinkedHashMap<>();
        try {
            EngineAdapters.of(engine.kind(), engine.traits(), client).version()
                    .forEach((k, v) -> facts.put("engine." + engine.id() + "." + k, v));
        } catch (RuntimeException e) {
            facts.put("engine." + engine.id() + ".version", "unknown (" + e.getMessage() + ")");
        }
        return facts;
    }

    /** The image (its tag is the version) of the first pod matching {@code selector} ({@code a=b,c=d}). */
    public static String engineImage(KubernetesClient client, String selector) {
        Map<String, String> labels = Labels.selector(selector);
        return client.pods().inAnyNamespace().withLabels(labels).list().getItems().stream()
                .filter(p -> p.getSpec() != null && !p.getSpec().getContainers().isEmpty())
                .map(p -> p.getSpec().getContainers().get(0).getImage()).findFirst()
                .orElse("unknown (no pod matches " + selector + ")");
    }

    private static String version(KubernetesClient client) {
        try {
            VersionInfo v = client.getKubernetesVersion();
            return v == null || v.getGitVersion() == null ? "unknown" : v.getGitVersion();
        } catch (KubernetesClientException e) {
            return "unknown (" + e.getCode() + ")";
        }
    }

    private static String node(Node n) {
        NodeSystemInfo info = n.getStatus() == null ? null : n.getStatus().getNodeInfo();
        Map<String, Quantity> capacity = n.getStatus() == null ? Map.of() : n.getStatus().getCapacity();
        String memory = capacity == null || capacity.get("memory") == null ? "?"
                : String.format("%.1f GiB", Quantity.getAmountInBytes(capacity.get("memory")).doubleValue()
                / (1L << 30));
        String cpu = capacity == null || capacity.get("cpu") == null ? "?" : capacity.get("cpu").toString();
        if (info == null) {
            return cpu + " CPU, " + memory;
        }
        return info.getOsImage() + ", kernel " + info.getKernelVersion() + ", " + cpu + " CPU, " + memory
                + ", kubelet " + info.getKubeletVersion();
    }

    private static String storageClass(StorageClass sc) {
        return sc.getProvisioner() + " " + (sc.getParameters() == null ? "{}" : sc.getParameters())
                + " binding " + sc.getVolumeBindingMode() + " reclaim " + sc.getReclaimPolicy();
    }
}
