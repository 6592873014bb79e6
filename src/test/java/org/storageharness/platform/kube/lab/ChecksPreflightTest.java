package org.storageharness.platform.kube.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.storage.CSIStorageCapacityBuilder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.storageharness.engine.Capabilities;
import org.storageharness.engine.EngineTraits;
import org.storageharness.simcluster.SimulatedCluster;
import org.storageharness.simcluster.VolumeBindingMode;
import org.storageharness.suite.CheckKind;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.KubeVolume;

class ChecksPreflightTest {

    private static final Set<CheckKind> ALL = Set.of(CheckKind.values());
    private static final String CONTROLLER_IMAGE = "registry.k8s.io/sig-storage/snapshot-controller:v8.2.0";
    private static final long GIB = 1L << 30;

    private SimulatedCluster cluster;

    @BeforeEach
    void start() {
        cluster = SimulatedCluster.start().addNode("n1").addNode("n2").addNode("n3")
                .addStorageClass("longhorn", "driver.longhorn.io", VolumeBindingMode.IMMEDIATE)
                .addSnapshotClass("longhorn-snap", "driver.longhorn.io", Map.of("type", "snap"));
        controllerPod("kube-system", "snapshot-controller", "6b8f9c", "x1", CONTROLLER_IMAGE);
    }

    @AfterEach
    void stop() {
        cluster.close();
    }

    private static EngineSpec engine(String id, boolean snapshot, int replicas) {
        EngineTraits traits = EngineTraits.GENERIC.withCapabilities(new Capabilities(snapshot, replicas, true, true,
                false, false));
        return new EngineSpec(id, "longhorn", "", null, KubeVolume.of("longhorn"), "", traits);
    }

    private ChecksPreflight.Result check(List<EngineSpec> engines, Set<CheckKind> checks) {
        return check(engines, checks, e -> List.of());
    }

    private ChecksPreflight.Result check(List<EngineSpec> engines, Set<CheckKind> checks,
            Function<EngineSpec, List<String>> adapter) {
        return new ChecksPreflight(cluster.client(), adapter).check(engines, checks, e -> GIB);
    }

    /** A pod of Deployment {@code deployment} (through its ReplicaSet), as a Deployment's pods are named and owned. */
    private void controllerPod(String namespace, String deployment, String hash, String suffix, String image) {
        String pod = deployment + "-" + hash + "-" + suffix;
        cluster.addEnginePod(namespace, pod, Map.of("pod-template-hash", hash), "example.org/csi-provisioner:v5",
                0.01, 20);
        cluster.client().pods().inNamespace(namespace).withName(pod).edit(p -> {
            p.getMetadata().setOwnerReferences(List.of(new OwnerReferenceBuilder().withApiVersion("apps/v1")
                    .withKind("ReplicaSet").withName(deployment + "-" + hash).withUid("uid-" + hash)
                    .withController(true).build()));
            p.getSpec().getContainers().add(new ContainerBuilder().withName("snapshot-controller").withImage(image)
                    .build());
            return p;
        });
    }

    private void capacity(String name, String storageClass, String capacity) {
        cluster.client().storage().v1().csiStorageCapacities().inNamespace("kube-system")
                .resource(new CSIStorageCapacityBuilder().withNewMetadata().withName(name).endMetadata()
                        .withStorageClassName(storageClass).withCapacity(capacity == null ? null
                                : new Quantity(capacity)).build()).create();
    }

    @Test
    void aHealthyClusterHasNoProblemsAndNoWarnings() {
        capacity("lh-n1", "longhorn", "10Gi");

        ChecksPreflight.Result result = check(List.of(engine("lh", true, 3)), ALL);

        assertThat(result.problems()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.ok()).isTrue();
    }

    @Test
    void missingSnapshotCrdsStopTheRun() {
        cluster.client().apiextensions().v1().customResourceDefinitions()
                .withName("volumesnapshotcontents.snapshot.storage.k8s.io").delete();

        ChecksPreflight.Result result = check(List.of(engine("lh", true, 3)), ALL);

        assertThat(result.problems()).singleElement().asString().contains("engines [lh]",
                "[volumesnapshotcontents.snapshot.storage.k8s.io]", "external-snapshotter", "[checks.run]");
        assertThat(result.ok()).isFalse();
    }

    @Test
    void noRunningSnapshotControllerStopsTheRun() {
        cluster.client().pods().inNamespace("kube-system").withName("snapshot-controller-6b8f9c-x1")
                .editStatus(p -> {
                    p.getStatus().setPhase("Pending");
                    return p;
                });

        assertThat(check(List.of(engine("lh", true, 3)), ALL).problems()).singleElement().asString()
                .contains("no snapshot controller is running", "[snapshot-controller]", "deploy one");
    }

    @Test
    void aBundledSecondSnapshotControllerStopsTheRun() {
        controllerPod("openebs", "openebs-csi-controller", "7d9f8", "abcde",
                "registry.k8s.io/sig-storage/snapshot-controller:v6.3.3");

        assertThat(check(List.of(engine("lh", true, 3)), ALL).problems()).singleElement().asString()
                .contains("[2] snapshot controllers", "kube-system/Deployment/snapshot-controller",
                        "openebs/Deployment/openebs-csi-controller", "race", "keep exactly one");
    }

    @Test
    void twoPodsOfOneControllerDeploymentAreOneController() {
        controllerPod("kube-system", "snapshot-controller", "6b8f9c", "x2", CONTROLLER_IMAGE);

        assertThat(check(List.of(engine("lh", true, 3)), ALL).problems()).isEmpty();
    }

    @Test
    void snapshotRulesApplyOnlyWhenASnapshottingEngineRunsTheSnapshotCheck() {
        cluster.client().pods().inNamespace("kube-system").withName("snapshot-controller-6b8f9c-x1").delete();
        cluster.client().apiextensions().v1().customResourceDefinitions()
                .withName("volumesnapshots.snapshot.storage.k8s.io").delete();

        assertThat(check(List.of(engine("lh", true, 3)), Set.of(CheckKind.PERSISTENCE, CheckKind.FAILOVER)).problems())
                .isEmpty();
        assertThat(check(List.of(engine("lp", false, 1)), ALL).problems()).isEmpty();
    }

    @Test
    void tooLittleCapacityForTheChecksVolumesStopsTheRun() {
        capacity("lh-n1", "longhorn", "512Mi");
        capacity("lh-n2", "longhorn", "256Mi");
        capacity("other-n1", "other", "100Gi");

        assertThat(check(List.of(engine("lh", true, 3)), ALL).problems()).singleElement().asString()
                .contains("engine [lh]", "need [1024 MiB]", "StorageClass [longhorn]", "[2] CSIStorageCapacity",
                        "[768 MiB]", "[checks.dataSize]");
    }

    @Test
    void unknownCapacityIsNoProblem() {
        capacity("lh-n1", "longhorn", null);
        capacity("other-n1", "other", "1Mi");

        assertThat(check(List.of(engine("lh", true, 3)), ALL).problems()).isEmpty();
    }

    @Test
    void moreReplicasThanReadyNodesStopsTheRun() {
        cluster.setNodeReady("n3", false);

        assertThat(check(List.of(engine("lh", false, 3)), Set.of(CheckKind.FAILOVER)).problems()).singleElement()
                .asString()
                .contains("engine [lh] keeps [3] replicas", "[2] ready, schedulable node(s) [n1, n2]",
                        "[capabilities: {replicas: 2}]");
    }

    @Test
    void adapterProblemsStopTheRunPrefixedWithTheEngine() {
        List<EngineSpec> engines = List.of(engine("lh", true, 3), engine("lh2", true, 1));

        ChecksPreflight.Result result = check(engines, ALL, e -> e.id().equals("lh")
                ? List.of("volume pool [default-disk] is full") : List.of());

        assertThat(result.problems()).containsExactly("engine [lh]: volume pool [default-disk] is full");
    }
}
