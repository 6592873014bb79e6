package org.storageharness.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.platform.k3s.DockerProbe;
import org.storageharness.suite.load.SuiteFiles;
import org.storageharness.testing.CommandLines;
import org.storageharness.testing.ManifestFiles;

/** The plan's platform: what a run would use, and what stops it before a single request is sent. */
class PlannerTest {

    @TempDir
    Path dir;

    private final List<String> console = new ArrayList<>();

    @BeforeEach
    void suite() throws Exception {
        new SuiteFiles(dir).write("t", """
                target: kubeconfig
                engines: [{id: lp, kind: local-path, storageClass: local-path}]
                workloads: [randwrite-4k-1x]
                """);
    }

    private RunPlan plan(String... more) {
        List<String> options = new ArrayList<>(List.of("harness.basedir", dir.toString(), "suite", "t",
                "harness.output", dir.resolve("out").toString()));
        options.addAll(List.of(more));
        return Planner.plan(CommandLines.settings(options.toArray(String[]::new)), console::add);
    }

    @Test
    void aContextThatIsNotAllowedStopsThePlanAsItWouldStopTheRun() throws Exception {
        Path kubeconfig = ManifestFiles.unreachableKubeconfig(dir.resolve("kubeconfig"), "lab");

        RunPlan plan = plan("kubeconfig", kubeconfig.toString());

        assertThat(plan.ready()).isFalse();
        assertThat(plan.problems()).singleElement().asString().startsWith("context [lab]")
                .contains("is not allowed", "-Dcluster.allow=lab");
        assertThat(plan.title()).isEqualTo("suite t, no usable platform");
    }

    @Test
    void aClusterThatDoesNotAnswerIsOneProblem() throws Exception {
        Path kubeconfig = ManifestFiles.unreachableKubeconfig(dir.resolve("kubeconfig"), "lab");

        RunPlan plan = plan("kubeconfig", kubeconfig.toString(), "cluster.allow", "lab");

        assertThat(plan.problems()).singleElement().asString()
                .startsWith("Cluster unavailable: the API server [https://127.0.0.1:1/] of context [lab] does not"
                        + " answer");
    }

    @Test
    void k3sWithoutDockerWouldSkipEveryCaseAndSaysWhy() {
        assumeTrue(DockerProbe.unavailableReason(CommandLines.thisMachinesDocker()).isPresent(),
                "shows the no-Docker plan; Docker is available");

        RunPlan plan = plan("target", "k3s");

        assertThat(plan.ready()).isTrue();
        assertThat(plan.markdown()).contains("# Plan: suite t on k3s", "| lp | skipped [1] |",
                "[1] Cluster unavailable: target [k3s] needs a Docker engine",
                "The run would go ahead without:", "- every case would be skipped: Cluster unavailable:");
    }
}
