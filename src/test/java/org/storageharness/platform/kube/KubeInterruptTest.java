package org.storageharness.platform.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.platform.kube.cluster.Labels;
import org.storageharness.results.ResultsFile;
import org.storageharness.results.RunRecord;
import org.storageharness.suite.load.SuiteFiles;
import org.storageharness.testing.ChildSuiteRun;
import org.storageharness.testing.RequiresFio;

/**
 * SIGTERM (a CI job's cancel) to a child JVM running the storage suites against the simulated cluster, which this
 * JVM serves: the running fio pod is deleted, no further case starts, and nothing of the run is left in the cluster.
 */
@Tag("simulated-cluster")
@RequiresFio
class KubeInterruptTest {

    private static final String WORKLOAD = "{rw: randrw, bs: 4k, size: 8m, ioengine: psync, time_based: 1}";

    @TempDir
    Path dir;

    @Test
    void sigtermDeletesTheRunningPodCleansTheClusterAndWritesWhatWasMeasured() throws Exception {
        try (SimulatedBed bed = new SimulatedBed(dir, 1)) {
            Path basedir = Files.createDirectories(dir.resolve("run"));
            new SuiteFiles(basedir).write("k", "target: kubeconfig\nruntime: 30s\n"
                    + "kubernetes: {fioImage: sim/fio:3.33, bindTimeout: 30s}\n"
                    + "engines: [{id: sim, kind: generic, storageClass: sim-fast}]\n"
                    + "workloads: [{id: w1, fio: " + WORKLOAD + "}, {id: w2, fio: " + WORKLOAD + "}]\n");
            try (ChildSuiteRun child = ChildSuiteRun.start(basedir, Map.of("suite", "k",
                    "kubeconfig", bed.kubeconfig.toString(), "cluster.allow", "sim"))) {
                await("case 1's fio pod to run").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                        .until(() -> fioPodRunning(bed) || !child.isAlive());
                assertThat(child.isAlive()).as("child still running; its console:%n%s", child.console()).isTrue();

                child.signal("TERM");
                double seconds = child.secondsToExit(Duration.ofSeconds(60));

                System.out.printf("[KubeInterruptTest] SIGTERM to the child → child exited after %.2f s%n", seconds);
                assertThat(seconds).as("seconds from SIGTERM to the child's exit; its console:%n%s",
                        child.console()).isBetween(0.0, 5.0);
                assertThat(child.exitValue()).as("exit status").isNotZero();
            }
            assertThat(bed.harnessObjects()).as("the run's objects left in the cluster").isEmpty();
            assertThat(SimulatedBed.runningFio()).as("fio of the simulated pods").isEmpty();
            RunRecord record = ResultsFile.read(basedir.resolve("out/results.json"));
            assertThat(record.signal()).isEqualTo("SIGTERM");
            assertThat(record.cases()).extracting(RunRecord.CaseRecord::workload, RunRecord.CaseRecord::verdict)
                    .containsExactly(tuple("w1", "broken"), tuple("w2", "skipped"));
            assertThat(record.cases().get(0).message()).matches("Interrupted: sim · w1 stopped by SIGTERM after \\d+ s");
        }
    }

    private static boolean fioPodRunning(SimulatedBed bed) {
        return bed.cluster.client().pods().inAnyNamespace().withLabel(Labels.ROLE, "fio").list().getItems().stream()
                .anyMatch(p -> p.getStatus() != null && "Running".equals(p.getStatus().getPhase()));
    }
}
