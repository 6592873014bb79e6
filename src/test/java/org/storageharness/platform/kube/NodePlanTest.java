package org.storageharness.platform.kube;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.plan.Planner;
import org.storageharness.plan.RunPlan;
import org.storageharness.testing.CommandLines;

/**
 * The plan of a suite with node baselines on the simulated cluster: it says which privileged pod runs on which node and
 * that the namespace gets Pod Security level privileged; an existing namespace that enforces a lower level stops it.
 */
@Tag("simulated-cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NodePlanTest {

    @TempDir
    static Path dir;

    private SimulatedBed bed;

    /** One cluster for the three plans: a plan only reads. */
    @BeforeAll
    void cluster() {
        bed = new SimulatedBed(dir, 2);
        ChecksBed.load(dir, "node-sim");
        try {
            Path suites = dir.resolve("suites");
            Files.writeString(suites.resolve("node-elsewhere.yaml"), Files.readString(suites.resolve("node-sim.yaml"))
                    .replace("name: node-1", "name: node-9"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    void close() {
        bed.close();
    }

    private RunPlan plan(String suite, String... more) {
        List<String> options = new ArrayList<>(List.of("harness.basedir", dir.toString(), "suite", suite,
                "harness.output", dir.resolve("out").toString(), "kubeconfig", bed.kubeconfig.toString(),
                "cluster.allow", "sim", "plan", "true"));
        options.addAll(List.of(more));
        return Planner.plan(CommandLines.settings(options.toArray(String[]::new)), s -> { });
    }

    @Test
    void thePlanNamesThePrivilegedPodItsNodeAndTheNamespaceLabel() {
        RunPlan plan = plan("node-sim");

        assertThat(plan.ready()).as(plan.markdown()).isTrue();
        assertThat(plan.markdown()).contains(
                "The namespace is labelled `pod-security.kubernetes.io/enforce=privileged`: engine node-dir needs a pod"
                        + " with hostPath Directory /var/tmp, not privileged, on node node-1",
                "engine node-raw needs a privileged pod (hostPID, hostPath BlockDevice /dev/nvme9n1, written over after"
                        + " the in-pod guard) on node node-1",
                "| node-raw | none: the raw device /dev/nvme9n1 on node node-1 (hostPath BlockDevice, written over once"
                        + " the in-pod guard finds it unused and blank) | 1 fio pod(s) on node node-1, privileged,"
                        + " host PID namespace",
                "engine [node-raw] is a node baseline: it has no volumes to check",
                "each with a ConfigMap for its job file, on node node-1 (the node baseline's) |");
    }

    @Test
    void aNamespaceEnforcingBaselineStopsThePlanWithTheCommandThatLabelsIt() {
        bed.cluster.client().namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("team")
                .withLabels(Map.of("pod-security.kubernetes.io/enforce", "baseline")).endMetadata().build()).create();

        RunPlan plan = plan("node-sim", "namespace", "team");
        bed.cluster.client().namespaces().withName("team").delete();

        assertThat(plan.ready()).isFalse();
        assertThat(plan.markdown()).contains("namespace [team] enforces Pod Security level [baseline], which forbids"
                + " the node baseline's pods", "kubectl label namespace team pod-security.kubernetes.io/enforce="
                + "privileged --overwrite");
    }

    @Test
    void aNodeTheClusterLacksSkipsItsEngine() {
        RunPlan plan = plan("node-elsewhere");

        assertThat(plan.markdown()).contains("node [node-9] of engine [node-dir] (a node baseline) is not a node of"
                + " this cluster; nodes: [node-1, node-2]");
    }
}
