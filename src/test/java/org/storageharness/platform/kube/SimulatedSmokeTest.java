package org.storageharness.platform.kube;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.junit.BenchmarkTests;
import org.storageharness.run.BenchmarkCase;
import org.storageharness.run.CaseResult;
import org.storageharness.run.RunSession;
import org.storageharness.suite.load.Overrides;
import org.storageharness.suite.Suite;
import org.storageharness.suite.load.SuiteLoader;
import org.storageharness.testing.RequiresFio;
import org.storageharness.suite.Metric;

/**
 * {@code suites/smoke.yaml} through the Kubernetes code path on the simulated cluster: each case is a test here with
 * the same JUnit glue, Allure labels and attachments as {@code BenchmarkIT} on the local target.
 */
@Tag("simulated-cluster")
@RequiresFio
class SimulatedSmokeTest {

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> smokeSuiteOnTheSimulatedCluster() {
        Path basedir = Path.of(System.getProperty("harness.basedir", "."));
        Suite suite = new SuiteLoader(basedir.resolve("suites"), basedir).load("smoke",
                new Overrides("kubeconfig", List.of(), List.of(), Duration.ofSeconds(1)));
        // Over TLS, as a real API server: the one run of the production path that pays for a key pair and handshakes.
        SimulatedBed bed = new SimulatedBed(dir, 3, true);
        assertThat(bed.cluster.url()).startsWith("https://");
        RunSession session = bed.open(suite, dir.resolve("out"));
        List<DynamicTest> tests = new ArrayList<>();
        for (BenchmarkCase c : RunSession.cases(suite)) {
            tests.add(DynamicTest.dynamicTest(c.name(), () -> BenchmarkTests.benchmark(session, c)));
        }
        tests.add(DynamicTest.dynamicTest("every case measured, facts reported, nothing left behind", () -> {
            List<CaseResult> results = session.results();
            session.close();
            assertThat(results).hasSize(suite.workloads().size());
            assertThat(results).allSatisfy(r -> assertThat(r.groups()).isNotEmpty()
                    .allSatisfy(g -> assertThat(g.median().get(Metric.parse("total.iops").orElseThrow()).orElse(0)).isPositive()));
            assertThat(session.facts()).containsKeys("kubernetes", "node.node-1", "storageclass.local-path",
                    "namespace", "fio.image");
            assertThat(session.facts().get("fio")).as("the version fio printed in the pods").startsWith("fio-3.");
            assertThat(session.targetId()).isEqualTo("kubeconfig:sim");
            assertThat(dir.resolve("out/cases/host/randrw-4k-qd16x8/rep-1/fio-logs/case_iops.8.log"))
                    .as("each of the 8 jobs' logs came back through the pod log").exists();
            assertThat(dir.resolve("out/cases/host/mixed-jobfile/rep-1/fio-logs")).as("a job file runs as written")
                    .doesNotExist();
            assertThat(results).filteredOn(r -> r.benchmarkCase().workload().id().equals("randrw-4k-sweep-qd16"))
                    .as("the load curve's last point carries slo.iops").singleElement()
                    .satisfies(r -> assertThat(r.slo().iops()).as(r.slo().note()).isPresent());
            assertThat(bed.harnessObjects()).isEmpty();
            assertThat(bed.cluster.controllerErrors()).isEmpty();
            bed.close();
        }));
        return tests.stream();
    }
}
