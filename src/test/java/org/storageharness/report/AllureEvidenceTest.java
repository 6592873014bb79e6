package org.storageharness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.TestResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.run.BenchmarkCase;
import org.storageharness.run.CaseOutcome;
import org.storageharness.run.CheckStepEvidence;
import org.storageharness.run.RunSession;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.LocalVolume;
import org.storageharness.suite.Metric;
import org.storageharness.suite.Suite;
import org.storageharness.suite.TargetKind;
import org.storageharness.suite.Threshold;
import org.storageharness.suite.WorkloadSpec;
import org.storageharness.testing.RequiresFio;
import org.storageharness.testing.TestSuites;
import java.io.IOException;
import java.io.UncheckedIOException;

/** What Allure's own lifecycle writes for a case's steps: the result JSON the report is made from. */
class AllureEvidenceTest {

    @TempDir
    Path dir;

    private Path results;
    private AllureLifecycle lifecycle;
    private final String uuid = UUID.randomUUID().toString();

    @BeforeEach
    void lifecycleWritingIntoTheTempDir() {
        results = dir.resolve("allure-results");
        lifecycle = new AllureLifecycle(new FileSystemResultsWriter(results));
    }

    @Test
    @RequiresFio
    void aCaseThatBreaksAThresholdHasTimedStepsWithTheirEvidenceAndTheRedVerdictStep() throws Exception {
        EngineSpec engine = new EngineSpec("host", "generic", "", LocalVolume.directory(dir.resolve("vol")), null);
        WorkloadSpec w = TestSuites.workload("0");
        Suite suite = new Suite("t", dir.resolve("t.yaml"), "", TargetKind.LOCAL, List.of(engine), List.of(w),
                List.of(new Threshold(Metric.parse("write.iops").orElseThrow(), false, 1e12, Set.of(), Set.of(),
                        "t.yaml:9")), 1);

        JsonNode result = asTest(() -> {
            try (RunSession session = RunSession.open(suite, dir.resolve("out"), "fio", s -> { })) {
                assertThat(((CaseOutcome.Done) session.run(new BenchmarkCase(engine, w), new AllureEvidence(lifecycle)))
                        .failure()).startsWith("Threshold violated:");
            }
        });

        List<JsonNode> steps = list(result.path("steps"));
        assertThat(steps).extracting(s -> s.path("name").asText()).containsExactly("prepare the volume", "run fio",
                "parse fio's reports and logs", "judge thresholds");
        assertThat(steps).extracting(s -> s.path("status").asText()).containsExactly("passed", "passed", "passed",
                "failed");
        assertThat(steps.get(3).path("statusDetails").path("message").asText())
                .startsWith("Threshold violated: host · w expected write IOPS ≥ 1,000,000,000,000 but was");
        assertThat(steps).allSatisfy(s -> assertThat(s.path("stop").asLong()).isGreaterThanOrEqualTo(
                s.path("start").asLong()).isPositive());
        assertThat(steps.get(1).path("stop").asLong() - steps.get(1).path("start").asLong())
                .as("fio's run of 1 s is inside its step").isGreaterThanOrEqualTo(1000);
        assertThat(list(steps.get(1).path("attachments"))).extracting(a -> a.path("name").asText())
                .containsExactly("fio job file", "fio output (json+)")
                .allSatisfy(name -> assertThat(result.path("attachments").toString()).doesNotContain(name));
        assertThat(list(steps.get(1).path("attachments"))).allSatisfy(a ->
                assertThat(results.resolve(a.path("source").asText())).isNotEmptyFile());
        assertThat(list(result.path("parameters"))).extracting(p -> p.path("name").asText() + "="
                + p.path("value").asText()).containsExactly("engine=host", "workload=w", "target=local");
    }

    @Test
    void aCheckStepThatBreaksIsBrokenWithItsMessageAndKeepsTheEvidenceItLeft() throws Exception {
        Path check = dir.resolve("check");
        JsonNode result = asTest(() -> {
            CheckStepEvidence steps = new CheckStepEvidence(new AllureEvidence(lifecycle), check);
            steps.step("write generation A", check.resolve("01-write"), () ->
                    write(check.resolve("01-write/job.fio"), "[w]\n"));
            assertThatThrownBy(() -> steps.step("snapshot of the source", check.resolve("02-snapshot"), () -> {
                write(check.resolve("02-snapshot/events.txt"), "x\n");
                throw new IllegalStateException("Cluster timeout: snapshot not ready within 1 s");
            })).hasMessageStartingWith("Cluster timeout:");
        });

        List<JsonNode> steps = list(result.path("steps"));
        assertThat(steps).extracting(s -> s.path("status").asText()).containsExactly("passed", "broken");
        assertThat(steps.get(1).path("statusDetails").path("message").asText())
                .isEqualTo("Cluster timeout: snapshot not ready within 1 s");
        assertThat(list(steps.get(0).path("attachments"))).extracting(a -> a.path("name").asText())
                .containsExactly("job.fio");
        assertThat(list(steps.get(1).path("attachments"))).extracting(a -> a.path("name").asText())
                .containsExactly("events.txt");
    }

    /** Work that may throw, run as the body of a test. */
    @FunctionalInterface
    private interface Body {
        void run() throws Exception;
    }

    /** Runs {@code body} as a test of the lifecycle and returns the result JSON the lifecycle wrote for it. */
    private JsonNode asTest(Body body) throws Exception {
        lifecycle.scheduleTestCase(new TestResult().setUuid(uuid).setName("case"));
        lifecycle.startTestCase(uuid);
        try {
            body.run();
        } finally {
            lifecycle.stopTestCase(uuid);
            lifecycle.writeTestCase(uuid);
        }
        return new ObjectMapper().readTree(results.resolve(uuid + "-result.json").toFile());
    }

    private static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
