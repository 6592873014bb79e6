package org.storageharness.platform.kube;

import org.storageharness.platform.kube.cluster.ClusterProblemException;
import org.storageharness.platform.kube.cluster.ClusterTimeoutException;
import org.storageharness.platform.kube.cluster.Labels;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.fio.FioFailure;
import org.storageharness.run.RunSession;
import org.storageharness.simcluster.Faults;
import org.storageharness.suite.ConfigurationException;
import org.storageharness.suite.Suite;
import org.storageharness.testing.RecordingSink;
import org.storageharness.testing.RequiresFio;
import org.assertj.core.api.Assertions;
import org.storageharness.run.CaseOutcome;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.KubeVolume;

/**
 * Each simulated cluster fault ends the case as broken (an exception that is not an assertion failure), quickly,
 * with the cluster's state attached, and the run cleans up after it.
 */
@Tag("simulated-cluster")
@RequiresFio
class KubeFaultsTest {

    @TempDir
    Path dir;
    private SimulatedBed bed;
    private final List<String> attached = new ArrayList<>();

    @BeforeEach
    void start() {
        bed = new SimulatedBed(dir, 3);
    }

    @AfterEach
    void stop() {
        assertThat(bed.harnessObjects()).isEmpty();
        bed.close();
    }

    private Throwable runOnce(Suite suite) {
        long start = System.nanoTime();
        Throwable thrown;
        try (RunSession session = bed.open(suite, dir.resolve("out"))) {
            thrown = Assertions.catchThrowable(
                    () -> session.run(RunSession.cases(suite).get(0), new RecordingSink(attached)));
        }
        assertThat((System.nanoTime() - start) / 1e9).as("seconds until the fault ended the case").isLessThan(30);
        assertThat(thrown).isNotNull().isNotInstanceOf(AssertionError.class);
        return thrown;
    }

    @Test
    void aPvcStuckPendingBreaksTheCaseWithThePvcsState() {
        bed.cluster.faults().provisioningStuck("sim-fast");

        Throwable broken = runOnce(SimulatedSuites.suite("sim-fast"));

        assertThat(broken).isInstanceOf(ClusterTimeoutException.class).hasMessageStartingWith("Cluster timeout:")
                .hasMessageContaining("to start").hasMessageContaining("Pending");
        assertThat(attached).contains("cluster pvcs.yaml", "cluster events.txt");
    }

    @Test
    void aPodStuckInContainerCreatingBreaksTheCase() {
        bed.cluster.faults().containerCreatingStuck(Faults.anyPod());

        Throwable broken = runOnce(SimulatedSuites.suite("sim-fast"));

        assertThat(broken).isInstanceOf(ClusterTimeoutException.class).hasMessageContaining("ContainerCreating");
        assertThat(attached).contains("cluster pods.yaml");
    }

    @Test
    void anImagePullFailureBreaksTheCaseAtOnceNamingTheImage() {
        bed.cluster.faults().imagePullFails(Faults.anyPod());

        Throwable broken = runOnce(SimulatedSuites.suite("sim-fast"));

        assertThat(broken).isInstanceOf(ClusterProblemException.class)
                .hasMessageStartingWith("Cluster unavailable:").hasMessageContaining("ErrImagePull")
                .hasMessageContaining("-Dfio.image");
        assertThat(attached).contains("cluster pods.yaml", "cluster events.txt");
    }

    @Test
    void aFioErrorInThePodBreaksTheCaseWithFiosMessage() {
        bed.cluster.faults().fioFails(Faults.labelled(Labels.ROLE, "fio"));

        Throwable broken = runOnce(SimulatedSuites.suite("sim-fast"));

        assertThat(broken).isInstanceOf(FioFailure.class);
        assertThat(attached).contains("fio messages", "cluster pods.yaml");
    }

    @Test
    void tooFewReadyNodesForTheFanOutStopTheRunBeforeAnythingIsCreated() {
        bed.cluster.faults().nodeNotReady("node-3");
        Suite suite = SimulatedSuites.suite("sim-fast", 3, List.of());

        assertThatThrownBy(() -> bed.open(suite, dir.resolve("out"))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("fans out to 3 nodes but the cluster has 2 ready");
    }

    @Test
    void whenNoEnginesStorageClassExistsTheRunStopsNamingTheExistingOnes() {
        assertThatThrownBy(() -> bed.open(SimulatedSuites.suite("nope"), dir.resolve("out")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("StorageClass [nope] of engine [sim] does not exist").hasMessageContaining("local-path");
    }

    @Test
    void anEngineWhoseStorageClassIsMissingIsSkippedWhileTheOthersRun() throws Exception {
        Suite one = SimulatedSuites.suite("sim-fast");
        var absent = new EngineSpec("longhorn", "longhorn", "", null,
                KubeVolume.of("longhorn"));
        Suite suite = new Suite("two", one.file(), "", one.target(), List.of(one.engines().get(0), absent),
                one.workloads(), List.of(), 1, one.kubernetes());

        try (RunSession session = bed.open(suite, dir.resolve("out"))) {
            var cases = RunSession.cases(suite);
            assertThat(session.run(cases.get(0), new RecordingSink(attached)))
                    .isInstanceOf(CaseOutcome.Done.class);
            assertThat(session.run(cases.get(1), new RecordingSink(attached)))
                    .isEqualTo(new CaseOutcome.Skipped("StorageClass [longhorn] of engine"
                            + " [longhorn] does not exist in this cluster; existing: [local-path, sim-fast]"));
        }
    }
}
