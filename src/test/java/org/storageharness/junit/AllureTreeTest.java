package org.storageharness.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.junitplatform.AllureJunitPlatform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.storageharness.suite.CheckKind;
import org.storageharness.testing.CommandLines;
import org.storageharness.run.BenchmarkCase;
import org.storageharness.run.RunSession;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.KubeVolume;
import org.storageharness.suite.LocalVolume;
import org.storageharness.suite.Metric;
import org.storageharness.suite.Suite;
import org.storageharness.suite.TargetKind;
import org.storageharness.suite.Threshold;
import org.storageharness.suite.WorkloadSpec;
import org.storageharness.testing.RequiresFio;
import org.storageharness.testing.TestSuites;

/**
 * The result files Allure gets for a tiny suite run through JUnit with the Allure adapter: each case once in the
 * Suites tree (suite › engine › workload or check) and once in Behaviors, never also under its Java class.
 */
@RequiresFio
class AllureTreeTest {

    private static final List<String> KINDS = List.of("parentSuite", "suite", "subSuite", "epic", "feature", "story");

    /** A failed benchmark, a skipped one, a skipped check and a skipped gate step on the local target. */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    static class TinySuite {

        private RunSession session;
        private final WorkloadSpec workload = TestSuites.workload("0");
        private EngineSpec host;
        private final EngineSpec clusterOnly = new EngineSpec("longhorn", "longhorn", "", null,
                KubeVolume.of("longhorn"));

        @BeforeAll
        void open(@TempDir Path dir) {
            host = new EngineSpec("host", "generic", "", LocalVolume.directory(dir.resolve("vol")), null);
            Threshold impossible = new Threshold(Metric.parse("write.iops").orElseThrow(), false, 1e12, Set.of(),
                    Set.of(), "t.yaml:9");
            Suite suite = new Suite("t", dir.resolve("t.yaml"), "", TargetKind.LOCAL, List.of(host, clusterOnly),
                    List.of(workload), List.of(impossible), 1);
            session = RunSession.open(suite, dir.resolve("out"), "fio", s -> { });
        }

        @AfterAll
        void close() {
            session.close();
        }

        @Test
        void failedBenchmark() throws InterruptedException {
            BenchmarkTests.benchmark(session, new BenchmarkCase(host, workload));
        }

        @Test
        void skippedBenchmark() throws InterruptedException {
            BenchmarkTests.benchmark(session, new BenchmarkCase(clusterOnly, workload));
        }

        @Test
        void skippedCheck() throws InterruptedException {
            CheckTests.run(session, host, CheckKind.SNAPSHOT);
        }

        @Test
        void skippedGateStep() throws InterruptedException {
            UpgradeGateTests.step(session, clusterOnly, CommandLines.settings());
        }
    }

    @Test
    void eachResultCarriesExactlyOneLabelOfEachKind(@TempDir Path results) throws IOException {
        List<JsonNode> written = run(TinySuite.class, results);

        assertThat(written).hasSize(4);
        for (JsonNode result : written) {
            Map<String, Long> counts = new LinkedHashMap<>();
            result.get("labels").forEach(l -> counts.merge(l.get("name").asText(), 1L, Long::sum));
            assertThat(counts).as(result.get("name").asText()).containsKeys(KINDS.toArray(String[]::new))
                    .allSatisfy((kind, count) -> assertThat(count).as(kind).isEqualTo(1));
        }
    }

    @Test
    void casesSitUnderSuiteEngineAndWorkloadOrCheck(@TempDir Path results) throws IOException {
        Map<String, List<String>> trees = run(TinySuite.class, results).stream()
                .collect(Collectors.toMap(r -> r.get("name").asText() + " " + r.get("status").asText(),
                        AllureTreeTest::tree));

        assertThat(trees).containsOnly(
                Map.entry("host · w failed", List.of("suite t", "host", "w", "suite t", "benchmark", "host")),
                Map.entry("longhorn · w skipped", List.of("suite t", "longhorn", "w", "suite t", "benchmark",
                        "longhorn")),
                Map.entry("snapshot · host skipped", List.of("suite t", "host", "snapshot", "suite t",
                        "correctness", "host")),
                Map.entry("upgrade gate · longhorn skipped", List.of("suite t", "longhorn", "upgrade gate",
                        "suite t", "upgrade gate", "longhorn")));
    }

    /** The values of the tree labels in {@link #KINDS} order. */
    private static List<String> tree(JsonNode result) {
        List<String> values = new ArrayList<>();
        for (String kind : KINDS) {
            result.get("labels").forEach(l -> {
                if (l.get("name").asText().equals(kind)) {
                    values.add(l.get("value").asText());
                }
            });
        }
        return values;
    }

    /**
     * Runs {@code tests} through JUnit's launcher with the Allure adapter writing into {@code results}. The glue
     * labels results through {@code Allure.getLifecycle()}, so the lifecycle is swapped for the run and put back.
     */
    private static List<JsonNode> run(Class<?> tests, Path results) throws IOException {
        AllureLifecycle previous = Allure.getLifecycle();
        AllureLifecycle lifecycle = new AllureLifecycle(new FileSystemResultsWriter(results));
        Allure.setLifecycle(lifecycle);
        try {
            LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false)
                    .addTestExecutionListeners(new AllureJunitPlatform(lifecycle)).build())
                    .execute(LauncherDiscoveryRequestBuilder.request()
                            .selectors(DiscoverySelectors.selectClass(tests)).build());
        } finally {
            Allure.setLifecycle(previous);
        }
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> written = new ArrayList<>();
        try (Stream<Path> files = Files.list(results)) {
            for (Path f : files.filter(f -> f.toString().endsWith("-result.json")).toList()) {
                written.add(json.readTree(f.toFile()));
            }
        }
        return written;
    }
}
