package org.storageharness.platform.kube;

import org.storageharness.platform.kube.cluster.ClusterProblemException;
import org.storageharness.platform.kube.cluster.ClusterTimeoutException;
import org.storageharness.platform.kube.cluster.Labels;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.storageharness.junit.BenchmarkTests;
import org.storageharness.run.BenchmarkCase;
import org.storageharness.run.CaseOutcome;
import org.storageharness.run.RunSession;
import org.storageharness.simcluster.Faults;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.KubeVolume;
import org.storageharness.suite.Metric;
import org.storageharness.suite.Suite;
import org.storageharness.suite.Threshold;
import org.storageharness.testing.RecordingSink;
import org.storageharness.testing.RequiresFio;
import io.fabric8.kubernetes.api.model.Quantity;

/** Whatever ends a case — pass, fail, timeout, interrupt — the run leaves nothing of its own in the cluster. */
@Tag("simulated-cluster")
@RequiresFio
class KubeCleanupTest {

    @TempDir
    Path dir;
    private SimulatedBed bed;

    @BeforeEach
    void start() {
        bed = new SimulatedBed(dir, 2);
    }

    @AfterEach
    void stop() {
        bed.close();
    }

    private static BenchmarkCase only(Suite suite) {
        return RunSession.cases(suite).get(0);
    }

    @Test
    void aPassingCaseHasTheLocalTargetsEvidenceAndLeavesNothing() throws Exception {
        Suite suite = SimulatedSuites.suite("sim-fast");
        List<String> attached = new ArrayList<>();

        try (RunSession session = bed.open(suite, dir.resolve("out"))) {
            CaseOutcome outcome = session.run(only(suite), new RecordingSink(attached));
            assertThat(outcome).isInstanceOf(CaseOutcome.Done.class);
            assertThat(bed.harnessObjects()).isNotEmpty();
        }

        assertThat(attached).containsExactly("param engine=sim", "param workload=rw1s", "param target=kubeconfig:sim",
                "target facts", "fio job file", "fio output (json+)");
        assertThat(bed.harnessObjects()).isEmpty();
    }

    @Test
    void aFailingCaseLeavesNothing() throws Exception {
        Threshold impossible = new Threshold(Metric.parse("total.iops").orElseThrow(), false, 1e12, Set.of(),
                Set.of(), "sim.yaml:1");
        Suite suite = SimulatedSuites.suite("sim-fast", 1, List.of(impossible));

        try (RunSession session = bed.open(suite, dir.resolve("out"))) {
            assertThatThrownBy(() -> BenchmarkTests.benchmark(session, only(suite))).isInstanceOf(AssertionFailedError.class)
                    .hasMessageStartingWith("Threshold violated: sim · rw1s");
        }

        assertThat(bed.harnessObjects()).isEmpty();
    }

    @Test
    void aTimedOutCaseIsBrokenWithEvidenceAndLeavesNothing() throws Exception {
        bed.cluster.faults().containerCreatingStuck(Faults.labelled(Labels.ROLE, "prefill"));
        Suite suite = SimulatedSuites.suite("sim-fast");
        List<String> attached = new ArrayList<>();

        try (RunSession session = bed.open(suite, dir.resolve("out"))) {
            assertThatThrownBy(() -> session.run(only(suite), new RecordingSink(attached)))
                    .isInstanceOf(ClusterTimeoutException.class)
                    .hasMessageContaining("to start").hasMessageContaining("ContainerCreating");
        }

        assertThat(attached).contains("fio job file", "cluster pods.yaml", "cluster pvcs.yaml", "cluster events.txt",
                "cluster nodes.txt");
        assertThat(bed.harnessObjects()).isEmpty();
    }

    @Test
    void anInterruptInTheMiddleOfACaseStopsFioAndLeavesNothing() throws Exception {
        Suite suite = SimulatedSuites.suite("sim-fast", SimulatedSuites.workload(1, 60), List.of());
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try (RunSession session = bed.open(suite, dir.resolve("out"))) {
            Future<?> running = runner.submit(() -> session.run(only(suite), new RecordingSink(new ArrayList<>())));
            awaitRunningFioPod(bed.cluster.client());
            running.cancel(true);
            runner.shutdown();
            assertThat(runner.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(bed.harnessObjects()).isEmpty();
        assertThat(SimulatedBed.runningFio()).isEmpty();
    }

    @Test
    void anUnlabelledPvcInTheGivenNamespaceIsUntouched() throws Exception {
        KubernetesClient client = bed.cluster.client();
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("team").endMetadata().build())
                .create();
        client.persistentVolumeClaims().inNamespace("team").resource(new PersistentVolumeClaimBuilder()
                .withNewMetadata().withName("precious").withLabels(Map.of("app", "db")).endMetadata()
                .withNewSpec().withStorageClassName("sim-fast").withAccessModes("ReadWriteOnce")
                .withNewResources().addToRequests("storage", new Quantity("1Mi"))
                .endResources().endSpec().build()).create();
        Suite suite = SimulatedSuites.suite("sim-fast");

        try (RunSession session = bed.open(suite, dir.resolve("out"), Map.of("namespace", "team"))) {
            session.run(only(suite), new RecordingSink(new ArrayList<>()));
        }

        assertThat(client.persistentVolumeClaims().inNamespace("team").list().getItems())
                .extracting(p -> p.getMetadata().getName()).containsExactly("precious");
        assertThat(client.namespaces().withName("team").get()).isNotNull();
        assertThat(bed.harnessObjects()).isEmpty();
    }

    @Test
    void theNextEngineStartsOnlyAfterThePreviousEnginesVolumesAreGone() throws Exception {
        Suite one = SimulatedSuites.suite("sim-fast");
        EngineSpec second = new EngineSpec("other", "generic", "", null, KubeVolume.of("local-path"));
        Suite suite = new Suite("two", one.file(), "", one.target(), List.of(one.engines().get(0), second),
                one.workloads(), List.of(), 1, one.kubernetes());

        try (RunSession session = bed.open(suite, dir.resolve("out"))) {
            List<BenchmarkCase> cases = RunSession.cases(suite);
            session.run(cases.get(0), new RecordingSink(new ArrayList<>()));
            assertThat(bed.harnessObjects()).anyMatch(o -> o.contains("-vol-sim-0"));
            session.run(cases.get(1), new RecordingSink(new ArrayList<>()));
            assertThat(bed.harnessObjects()).noneMatch(o -> o.contains("-vol-sim-0"))
                    .anyMatch(o -> o.contains("-vol-other-0"));
        }
    }

    @Test
    void keepLeavesTheVolumesAndSaysHowToRemoveThem() throws Exception {
        Suite suite = SimulatedSuites.suite("sim-fast");

        try (RunSession session = bed.open(suite, dir.resolve("out"), Map.of("keep", "true"))) {
            session.run(only(suite), new RecordingSink(new ArrayList<>()));
        }

        assertThat(bed.harnessObjects()).anyMatch(o -> o.startsWith("PersistentVolumeClaim/"))
                .anyMatch(o -> o.startsWith("Namespace/"));
        assertThat(bed.log).anyMatch(l -> l.contains("-Dkeep=true") && l.contains("kubectl delete pods,pvc"));
    }

    private static void awaitRunningFioPod(KubernetesClient client) {
        client.pods().inAnyNamespace().withLabel(Labels.ROLE, "fio").informOnCondition(pods -> pods.stream()
                .map(Pod::getStatus).anyMatch(s -> s != null && "Running".equals(s.getPhase())))
                .orTimeout(60, TimeUnit.SECONDS).join();
    }
}
