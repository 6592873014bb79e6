package org.storageharness.simcluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.NodeMetrics;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.PodMetrics;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.storageharness.testing.RequiresFio;

@Tag("simulated-cluster")
class MetricsApiTest {

    private static final String NS = "storage-harness-metrics";
    private static final String ENGINE_NS = "longhorn-system";
    private static final String MANAGER_IMAGE = "longhornio/longhorn-manager:v1.7.2";
    private static final Map<String, String> MANAGER = Map.of("app", "longhorn-manager");
    private static final Map<String, String> MANAGER_OF_LONGHORN = Map.of("app", "longhorn-manager",
            "app.kubernetes.io/name", "longhorn");
    private static final long MIB = 1024 * 1024;

    @RegisterExtension
    final TestCluster test = TestCluster.of(NS, c -> c.addNode("node-a").addNode("node-b")
            .addStorageClass("fast", "fast.csi.example.com", VolumeBindingMode.IMMEDIATE));

    @BeforeEach
    void addEnginePods() {
        test.cluster().addEnginePod(ENGINE_NS, "longhorn-manager-x1", MANAGER_OF_LONGHORN, MANAGER_IMAGE, 0.25, 128)
                .addEnginePod(ENGINE_NS, "longhorn-ui-y2", Map.of("app", "longhorn-ui"),
                        "longhornio/longhorn-ui:v1.7.2", 0.01, 16)
                .addEnginePod(NS, "longhorn-manager-elsewhere", MANAGER, MANAGER_IMAGE, 0.5, 64);
    }

    @Test
    void enginePodsReportTheirSetUsageByNamespace() {
        var metrics = client().top().pods().metrics(ENGINE_NS);

        assertThat(metrics.getItems()).extracting(m -> m.getMetadata().getName())
                .containsExactlyInAnyOrder("longhorn-manager-x1", "longhorn-ui-y2");
        PodMetrics manager = metrics.getItems().stream()
                .filter(m -> "longhorn-manager-x1".equals(m.getMetadata().getName())).findFirst().orElseThrow();
        assertThat(manager.getContainers()).singleElement()
                .satisfies(c -> assertThat(c.getName()).isEqualTo("longhorn-manager"));
        assertThat(cpu(manager)).isEqualByComparingTo("0.25");
        assertThat(memoryBytes(manager)).isEqualTo(128 * MIB);
    }

    @Test
    void enginePodReportsItsUsageByNameAndFollowsChanges() {
        assertThat(cpu(client().top().pods().metrics(ENGINE_NS, "longhorn-manager-x1"))).isEqualByComparingTo("0.25");

        test.cluster().setEnginePodUsage(ENGINE_NS, "longhorn-manager-x1", 1.5, 512);

        PodMetrics changed = client().top().pods().metrics(ENGINE_NS, "longhorn-manager-x1");
        assertThat(cpu(changed)).isEqualByComparingTo("1.5");
        assertThat(memoryBytes(changed)).isEqualTo(512 * MIB);
        assertThat(changed.getMetadata().getLabels()).containsEntry("app", "longhorn-manager");
    }

    @Test
    void labelSelectorPicksPodsInOneNamespaceOrInAll() {
        var inEngineNamespace = client().top().pods().inNamespace(ENGINE_NS).withLabels(MANAGER).metrics();
        var everywhere = client().top().pods().withLabels(MANAGER).metrics();
        var bothLabels = client().top().pods().withLabels(MANAGER_OF_LONGHORN).metrics();
        var oneLabelMissing = client().top().pods().withLabels(Map.of("app", "longhorn-manager", "tier", "none"))
                .metrics();

        assertThat(inEngineNamespace.getItems()).extracting(m -> m.getMetadata().getName())
                .containsExactly("longhorn-manager-x1");
        assertThat(everywhere.getItems()).extracting(m -> m.getMetadata().getNamespace() + "/"
                + m.getMetadata().getName())
                .containsExactlyInAnyOrder(ENGINE_NS + "/longhorn-manager-x1", NS + "/longhorn-manager-elsewhere");
        assertThat(bothLabels.getItems()).extracting(m -> m.getMetadata().getName())
                .containsExactly("longhorn-manager-x1");
        assertThat(oneLabelMissing.getItems()).isEmpty();
    }

    @Test
    void nodeMetricsSumTheUsageOfTheNodesPods() {
        var nodes = client().top().nodes().metrics();

        assertThat(nodes.getItems()).extracting(n -> n.getMetadata().getName())
                .containsExactlyInAnyOrder("node-a", "node-b");
        NodeMetrics first = client().top().nodes().metrics("node-a");
        assertThat(first.getUsage().get("cpu").getNumericalAmount()).isEqualByComparingTo("0.76");
        assertThat(Quantity.getAmountInBytes(first.getUsage().get("memory")).longValueExact()).isEqualTo(208 * MIB);
        assertThat(client().top().nodes().metrics("node-b").getUsage().get("cpu").getNumericalAmount()).isZero();
    }

    @Test
    void podWithoutMetricsIsNotFound() {
        assertThatThrownBy(() -> client().top().pods().metrics(NS, "no-such-pod"))
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(404))
                .hasMessageContaining("podmetrics.metrics.k8s.io \"" + NS + "/no-such-pod\" not found");
    }

    @Test
    void enginePodsAreRunningAndReadyButNeverStarted() throws IOException {
        client().persistentVolumeClaims().inNamespace(NS).resource(Manifests.claim("vol", "fast", "Filesystem", "1Gi"))
                .create();
        client().pods().inNamespace(NS).resource(Manifests.shellPod("later", "vol", "exit 0", "node-a")).create();
        // The kubelet handles pods in the order it hears of them: once this later pod is done, it has seen the others.
        Awaits.phase(client(), NS, "later", "Succeeded");

        Pod engine = client().pods().inNamespace(ENGINE_NS).withName("longhorn-manager-x1").get();
        assertThat(engine.getSpec().getNodeName()).isEqualTo("node-a");
        assertThat(engine.getStatus().getPhase()).isEqualTo("Running");
        assertThat(engine.getStatus().getConditions()).anyMatch(c -> "Ready".equals(c.getType())
                && "True".equals(c.getStatus()));
        assertThat(engine.getStatus().getContainerStatuses()).singleElement()
                .satisfies(s -> assertThat(s.getState().getRunning()).isNotNull());
        assertThat(client().v1().events().inNamespace(ENGINE_NS).list().getItems()).isEmpty();
        assertThat(sandboxes()).noneMatch(name -> name.contains("longhorn-manager"));
    }

    @Test
    @RequiresFio
    void runningFioPodReportsItsRealCpuAndMemory() {
        assumeThat(Path.of("/proc/self/status")).as("memory is read from /proc (Linux)").exists();
        client().persistentVolumeClaims().inNamespace(NS)
                .resource(Manifests.claim("vol", "fast", "Filesystem", "64Mi")).create();
        client().configMaps().inNamespace(NS)
                .resource(Manifests.jobFile("job", Manifests.SHORT_JOB.replace("runtime=1s", "runtime=3s"))).create();
        client().pods().inNamespace(NS).resource(Manifests.fioPod("fio", "vol", "job", false, null)).create();
        Awaits.phase(client(), NS, "fio", "Running");

        PodMetrics metrics = Awaitility.await("CPU and memory of the running fio pod [fio] above 0")
                .atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> client().top().pods().metrics(NS, "fio"),
                        m -> cpu(m).signum() > 0 && memoryBytes(m) > 0);

        assertThat(memoryBytes(metrics)).as("resident memory of sh + fio").isGreaterThan(MIB);
        assertThat(metrics.getWindow().getDuration()).isPositive();
    }

    @Test
    void withoutMetricsServerTopFailsWith404UntilTheFaultIsCleared() {
        assertThat(client().supports(PodMetrics.class)).as("metrics API discovered").isTrue();

        test.cluster().faults().metricsUnavailable();

        assertThatThrownBy(() -> client().top().pods().metrics(ENGINE_NS))
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        assertThatThrownBy(() -> client().top().nodes().metrics())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        assertThat(client().supports(PodMetrics.class)).as("metrics API discovered").isFalse();
        test.cluster().faults().clear();
        assertThat(client().top().pods().metrics(ENGINE_NS).getItems()).hasSize(2);
    }

    /** The names of the pod sandboxes the container runtime prepared. */
    private List<String> sandboxes() throws IOException {
        Path pods = test.cluster().workDir().resolve("pods");
        try (Stream<Path> all = Files.exists(pods) ? Files.list(pods) : Stream.empty()) {
            return all.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static BigDecimal cpu(PodMetrics metrics) {
        return metrics.getContainers().get(0).getUsage().get("cpu").getNumericalAmount();
    }

    private static long memoryBytes(PodMetrics metrics) {
        return Quantity.getAmountInBytes(metrics.getContainers().get(0).getUsage().get("memory")).longValueExact();
    }

    private KubernetesClient client() {
        return test.client();
    }
}
