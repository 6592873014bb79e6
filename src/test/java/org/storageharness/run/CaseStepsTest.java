package org.storageharness.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.fio.FioExecution;
import org.storageharness.fio.FioFailure;
import org.storageharness.fio.FioOutputParser;
import org.storageharness.platform.BenchmarkRunner;
import org.storageharness.platform.Platform.Evidence;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.LocalVolume;
import org.storageharness.suite.SteadySpec;
import org.storageharness.suite.Suite;
import org.storageharness.suite.TargetKind;
import org.storageharness.suite.WorkloadSpec;
import org.storageharness.testing.RecordingSink;

/**
 * A case's steps on a runner that leaves a real fio report and logs its test writes: each step with its evidence, the
 * failing one marked, the case going on after a failed verdict and stopping at a broken step.
 */
class CaseStepsTest {

    private static final Path REPORT = Path.of(System.getProperty("harness.basedir", "."),
            "src/test/resources/fio/randwrite-only.jsonplus.json");
    private static final EngineSpec ENGINE = new EngineSpec("host", "generic", "", LocalVolume.directory(Path.of("/v")),
            null);

    @TempDir
    Path dir;

    private final RecordingSink sink = new RecordingSink(new ArrayList<>());

    @Test
    void aCaseThatFallsOffInItsLastThirdFailsItsThresholdStepWhereTheSuiteRequiresSteadiness() throws Exception {
        CaseOutcome.Done done = run(true, dropsByHalf(), (target, result) -> Optional.of("Regression: host · w slower"));

        assertThat(sink.tree()).containsExactly(
                "step prepare the volume [passed]",
                "step run fio [passed]",
                "  fio job file",
                "  fio output (json+)",
                "step parse fio's reports and logs [passed]",
                "  series host · w (9 windows: write)",
                "step judge thresholds [failed: Threshold violated: host · w expected steady IOPS (the last third's"
                        + " mean within 10 % of the middle third's) but was not steady [middle third 1,000 IOPS, last"
                        + " third 500.0 IOPS (−50.0 %), tolerance 10 %]; the suite asks for [steady: true]: run longer"
                        + " so the volume settles, or raise [steadyTolerance]]",
                "step compare with the baseline [failed: Regression: host · w slower]");
        assertThat(done.failure()).startsWith("Threshold violated: host · w expected steady IOPS")
                .endsWith("\nRegression: host · w slower");
        assertThat(done.result().steady().steady()).isFalse();
    }

    @Test
    void aCaseThatIsNotSteadyOnlyWarnsWhereTheSuiteDoesNotRequireIt() throws Exception {
        CaseOutcome.Done done = run(false, dropsByHalf(), CaseGate.NONE);

        assertThat(sink.tree()).contains("step judge thresholds [passed]")
                .noneMatch(line -> line.contains("baseline"));
        assertThat(done.failure()).isNull();
        assertThat(done.result().steady().describe()).contains("(−50.0 %)");
    }

    @Test
    void aClusterThatCannotPrepareTheVolumeBreaksThatStepWithTheClustersState() {
        BenchmarkRunner runner = new BenchmarkRunner() {
            @Override
            public void prepare(EngineSpec engine, WorkloadSpec workload, Path caseDir) {
                write(caseDir.resolve(Evidence.CLUSTER_DIR).resolve("pvcs.yaml"), "phase: Pending\n");
                throw new IllegalStateException("Cluster timeout: volume not bound within 2 s");
            }

            @Override
            public FioExecution run(EngineSpec engine, WorkloadSpec workload, Path caseDir) {
                throw new AssertionError("no fio run without a volume");
            }
        };

        assertThatThrownBy(() -> steps(false, runner).run(bench(), CaseGate.NONE, sink))
                .hasMessage("Cluster timeout: volume not bound within 2 s");
        assertThat(sink.tree()).containsExactly(
                "step prepare the volume [broken: Cluster timeout: volume not bound within 2 s]",
                "  cluster pvcs.yaml");
    }

    @Test
    void aFioFailureBreaksItsRunStepWhichKeepsFiosMessages() {
        BenchmarkRunner runner = (engine, workload, caseDir) -> {
            write(caseDir.resolve(Evidence.MESSAGES), "fio: engine nosuch not loadable\n");
            throw new FioFailure("fio failed and wrote no usable report", 1, null, "engine nosuch not loadable");
        };

        assertThatThrownBy(() -> steps(false, runner).run(bench(), CaseGate.NONE, sink))
                .isInstanceOf(FioFailure.class);
        assertThat(sink.tree()).hasSize(3).startsWith("step prepare the volume [passed]").endsWith("  fio messages");
        assertThat(sink.tree().get(1)).startsWith("step run fio [broken: fio failed and wrote no usable report");
    }

    private CaseOutcome.Done run(boolean steadyRequired, List<String> iopsRows, CaseGate gate) throws Exception {
        BenchmarkRunner runner = (engine, workload, caseDir) -> {
            write(caseDir.resolve(Evidence.JOB_FILE), "[w]\nrw=randwrite\n");
            String report = read(REPORT);
            write(caseDir.resolve(Evidence.OUTPUT), report);
            write(caseDir.resolve(Evidence.LOGS_DIR).resolve("case_iops.1.log"), String.join("\n", iopsRows) + "\n");
            write(caseDir.resolve(Evidence.LOGS_DIR).resolve("case_lat.1.log"), latencyRows(iopsRows.size()));
            return new FioExecution(new FioOutputParser().parse(report), report, "", Duration.ofSeconds(10));
        };
        return steps(steadyRequired, runner).run(bench(), gate, sink);
    }

    private CaseSteps steps(boolean steadyRequired, BenchmarkRunner runner) {
        Suite suite = new Suite("t", dir.resolve("t.yaml"), "", TargetKind.LOCAL, List.of(ENGINE),
                List.of(bench().workload()), List.of(), 1, null, Suite.DEFAULT_UNSTABLE_SPREAD, null, null, null,
                new SteadySpec(0.10, steadyRequired, Map.of()));
        return new CaseSteps(suite, runner, "local", dir.resolve("out"));
    }

    private static BenchmarkCase bench() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("rw", "randwrite");
        options.put("time_based", "1");
        options.put("runtime", "10s");
        return new BenchmarkCase(ENGINE, new WorkloadSpec("w", "", options, null, Duration.ofSeconds(10)));
    }

    /** Ten seconds of write IOPS: 1,000 for six, then 500; the tenth is the window fio's last rows leave out. */
    private static List<String> dropsByHalf() {
        List<String> rows = new ArrayList<>();
        for (int s = 1; s <= 10; s++) {
            rows.add((1795388254000L + s * 1000) + ", " + (s <= 6 ? 1000 : 500) + ", 1, 0, 0");
        }
        return rows;
    }

    private static String latencyRows(int seconds) {
        StringBuilder rows = new StringBuilder();
        for (int s = 1; s <= seconds; s++) {
            rows.append(1795388254000L + s * 1000).append(", 2000000, 1, 0, 0\n");
        }
        return rows.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
