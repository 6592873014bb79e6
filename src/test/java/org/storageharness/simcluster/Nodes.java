package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.NodeConditionBuilder;
import io.fabric8.kubernetes.api.model.NodeSystemInfo;
import io.fabric8.kubernetes.api.model.NodeSystemInfoBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.TaintBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** The simulated nodes: Ready, reporting this machine's kernel and architecture, each with a CSINode. */
final class Nodes {

    static final String HOSTNAME_LABEL = "kubernetes.io/hostname";
    static final String NOT_READY_TAINT = "node.kubernetes.io/not-ready";

    private final KubernetesClient client;
    private final StorageCatalog storage;
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicReference<String> first = new AtomicReference<>();

    Nodes(KubernetesClient client, StorageCatalog storage) {
        this.client = client;
        this.storage = storage;
    }

    void add(String name) {
        int index = count.incrementAndGet();
        Map<String, Quantity> resources = Map.of("cpu", new Quantity("4"), "memory", new Quantity("8Gi"),
                "pods", new Quantity("110"), "ephemeral-storage", new Quantity("100Gi"));
        Node node = new NodeBuilder()
                .withNewMetadata().withName(name).withLabels(Map.of(HOSTNAME_LABEL, name, "kubernetes.io/os", "linux",
                        "kubernetes.io/arch", architecture(), "node.kubernetes.io/instance-type", "simulated"))
                .endMetadata()
                .withNewSpec().withPodCIDR("10.244." + index + ".0/24").endSpec()
                .withNewStatus().withConditions(conditions(true)).withNodeInfo(nodeInfo())
                .withCapacity(resources).withAllocatable(resources)
                .addNewAddress().withType("InternalIP").withAddress("10.0.0." + index).endAddress()
                .addNewAddress().withType("Hostname").withAddress(name).endAddress()
                .endStatus().build();
        client.nodes().resource(node).create();
        storage.addNode(name);
        first.compareAndSet(null, name);
    }

    /** The name of the node added first; empty while there is none. */
    Optional<String> first() {
        return Optional.ofNullable(first.get());
    }

    void setReady(String name, boolean ready) {
        if (client.nodes().withName(name).get() == null) {
            throw new IllegalArgumentException("no node [" + name + "] in the simulated cluster; add it with addNode");
        }
        client.nodes().withName(name).edit(node -> {
            node.getStatus().setConditions(conditions(ready));
            List<Taint> taints = new ArrayList<>(node.getSpec().getTaints());
            taints.removeIf(t -> NOT_READY_TAINT.equals(t.getKey()));
            if (!ready) {
                taints.add(new TaintBuilder().withKey(NOT_READY_TAINT).withEffect("NoSchedule")
                        .withTimeAdded(now()).build());
            }
            node.getSpec().setTaints(taints);
            return node;
        });
    }

    static boolean isReady(Node node) {
        return node.getStatus() != null && node.getStatus().getConditions().stream()
                .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    }

    static String internalIp(Node node) {
        return node.getStatus().getAddresses().stream().filter(a -> "InternalIP".equals(a.getType()))
                .map(a -> a.getAddress()).findFirst().orElse("");
    }

    /** This machine's architecture as Kubernetes names it. */
    static String architecture() {
        String arch = System.getProperty("os.arch");
        return switch (arch) {
            case "x86_64", "amd64" -> "amd64";
            case "aarch64" -> "arm64";
            default -> arch;
        };
    }

    private static List<NodeCondition> conditions(boolean ready) {
        List<NodeCondition> conditions = new ArrayList<>();
        conditions.add(condition("MemoryPressure", "False", "KubeletHasSufficientMemory",
                "kubelet has sufficient memory available"));
        conditions.add(condition("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"));
        conditions.add(condition("PIDPressure", "False", "KubeletHasSufficientPID",
                "kubelet has sufficient PID available"));
        conditions.add(ready ? condition("Ready", "True", "KubeletReady", "kubelet is posting ready status")
                : condition("Ready", "False", "KubeletNotReady", "simulated fault: the node was set NotReady"));
        return conditions;
    }

    private static NodeCondition condition(String type, String status, String reason, String message) {
        return new NodeConditionBuilder().withType(type).withStatus(status).withReason(reason).withMessage(message)
                .withLastHeartbeatTime(now()).withLastTransitionTime(now()).build();
    }

    private static NodeSystemInfo nodeInfo() {
        return new NodeSystemInfoBuilder().withKernelVersion(System.getProperty("os.version"))
                .withOsImage("storage-harness simulated node (" + System.getProperty("os.name") + ")")
                .withOperatingSystem("linux").withArchitecture(architecture())
                .withKubeletVersion(ApiServer.KUBERNETES_VERSION).withKubeProxyVersion(ApiServer.KUBERNETES_VERSION)
                .withContainerRuntimeVersion("simcluster://1.0.0")
                .withMachineID(UUID.randomUUID().toString().replace("-", ""))
                .withSystemUUID(UUID.randomUUID().toString()).withBootID(UUID.randomUUID().toString()).build();
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
