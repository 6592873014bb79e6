package org.storageharness.platform.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.junit.PlanTests;
import org.storageharness.plan.Planner;
import org.storageharness.plan.RunPlan;
import org.storageharness.platform.kube.pods.KeptVolumes;
import org.storageharness.run.RunSession;
import org.storageharness.settings.RunSettings;
import org.storageharness.suite.ConfigurationException;
import org.storageharness.testing.CommandLines;

/**
 * The plan on the simulated cluster (the Longhorn-shaped engine and the checks suite): it reviews every permission
 * the run would use and changes nothing; a permission denied shows with its RBAC file, stops the plan, and stops a
 * real run before anything is created.
 */
@Tag("simulated-cluster")
class PlanOnSimulatedClusterTest {

    private static final String RBAC_CORE = "src/main/examples/in-cluster/rbac-tier0-core.yaml";

    @TempDir
    Path dir;

    private ChecksBed bed;
    private final List<String> console = new ArrayList<>();

    @BeforeEach
    void cluster() {
        bed = new ChecksBed(dir);
    }

    @AfterEach
    void close() {
        bed.close();
    }

    private RunSettings settings(String... more) {
        List<String> options = new ArrayList<>(List.of("harness.basedir", dir.toString(), "suite", ChecksBed.SUITE,
                "harness.output", dir.resolve("out").toString(), "kubeconfig", bed.bed.kubeconfig.toString(),
                "cluster.allow", "sim", "faults", "allow", "faults.nodes", "node-1,node-2,node-3", "plan", "true"));
        options.addAll(List.of(more));
        return CommandLines.settings(options.toArray(String[]::new));
    }

    /** What the harness asked the API server to change: every non-GET request but the access reviews. */
    private List<String> changes() {
        return bed.bed.cluster.harnessWrites().stream()
                .filter(w -> !w.startsWith("POST /apis/authorization.k8s.io/v1/selfsubjectaccessreviews")).toList();
    }

    @Test
    void withEveryPermissionThePlanIsReadyAndTheClusterSawNoChange() {
        RunPlan plan = Planner.plan(settings(), console::add);

        assertThat(plan.ready()).as(plan.markdown()).isTrue();
        assertThat(changes()).isEmpty();
        assertThat(bed.bed.cluster.harnessWrites()).as("access reviews").isNotEmpty();
        assertThat(bed.bed.harnessObjects()).isEmpty();
        assertThat(plan.markdown()).contains("# Plan: suite checks-sim on kubeconfig:sim",
                "| longhorn-sim | 1 of 1 | runs | runs | runs |", "None is missing.",
                "| create persistentvolumeclaims in namespace [storage-harness-<run id>] |",
                "| delete replicas.longhorn.io in namespace [longhorn-system] | failover (replica)",
                "| StorageClass `longhorn-sim` (longhorn-sim) | provisioner `driver.longhorn.io`",
                "| VolumeSnapshotClass (longhorn-sim) | `", "| adapter `longhorn` (longhorn-sim) | reachable: ",
                "| longhorn-sim | 1 × ", "snapshot: 3 PVCs of 84Mi", "| **total** | 1 | 2 s |");
    }

    @Test
    void aDeniedPermissionIsListedWithItsRbacFileAndStopsThePlan() {
        bed.bed.cluster.deny("create", "persistentvolumeclaims");

        RunPlan plan = Planner.plan(settings(), console::add);

        assertThat(plan.ready()).isFalse();
        assertThat(plan.problems()).containsExactly("missing permission: create persistentvolumeclaims in namespace"
                + " [storage-harness-<run id>] (the engines' volumes, made per engine and deleted before the next);"
                + " granted by " + RBAC_CORE);
        assertThat(plan.markdown()).contains("1 missing:", "- **create persistentvolumeclaims in namespace"
                + " [storage-harness-<run id>]** → `" + RBAC_CORE + "`", "**Not ready**: 1 problem(s)");
        assertThat(changes()).isEmpty();
        assertThatThrownBy(() -> PlanTests.plan(settings()).findFirst().orElseThrow().getExecutable().execute())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("Configuration error: plan: the run could not go ahead; 1 problem(s):\n"
                        + "  - missing permission: create persistentvolumeclaims")
                .satisfies(e -> assertThat(e.getStackTrace()).as("printed once already: no frames to print again")
                        .isEmpty())
                .satisfies(e -> assertThat(e.toString()).startsWith("Configuration error: plan:"));
    }

    @Test
    void anOptionalPermissionDeniedIsOnlyAWarning() {
        bed.bed.cluster.deny("list", "events");

        RunPlan plan = Planner.plan(settings(), console::add);

        assertThat(plan.ready()).as(plan.markdown()).isTrue();
        assertThat(plan.markdown()).contains("The run would go ahead without:", "- missing permission: list events");
    }

    @Test
    void aRealRunWithThePermissionDeniedStopsBeforeAnythingIsCreated() {
        bed.bed.cluster.deny("create", "persistentvolumeclaims");

        assertThatThrownBy(() -> bed.open(dir.resolve("run")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("missing permission: create persistentvolumeclaims in namespace"
                        + " [storage-harness-")
                .hasMessageContaining("granted by " + RBAC_CORE);
        assertThat(changes()).isEmpty();
        assertThat(bed.bed.harnessObjects()).isEmpty();
    }

    @Test
    void anUpgradeGateRunWithoutRightsOnTheKeptNamespaceStopsBeforeAnythingIsCreated() {
        bed.bed.cluster.deny("create", "persistentvolumeclaims", KeptVolumes.NAMESPACE);

        assertThatThrownBy(() -> bed.bed.open(bed.suite, dir.resolve("run"), Map.of("gate", "upgrade")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("missing permission: create persistentvolumeclaims in namespace ["
                        + KeptVolumes.NAMESPACE + "] (upgrade gate: golden data on a kept volume)")
                .hasMessageContaining("granted by " + RBAC_CORE);
        assertThat(changes()).isEmpty();
        assertThat(bed.bed.harnessObjects()).isEmpty();
        try (RunSession plain = bed.bed.open(bed.suite, dir.resolve("plain"))) {
            assertThat(plain.checks()).as("without the gate, the kept namespace's rights are not needed").isNotNull();
        }
    }
}