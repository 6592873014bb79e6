package org.storageharness.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;
import org.storageharness.fio.FioFailure;
import org.storageharness.run.BenchmarkCase;
import org.storageharness.run.CaseOutcome;
import org.storageharness.run.RunSession;
import org.storageharness.suite.ConfigurationException;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.LocalVolume;
import org.storageharness.suite.Metric;
import org.storageharness.suite.Suite;
import org.storageharness.suite.TargetKind;
import org.storageharness.suite.Threshold;
import org.storageharness.suite.WorkloadSpec;
import org.storageharness.testing.RecordingSink;
import org.storageharness.testing.TestSuites;
import org.storageharness.testing.RequiresFio;
import java.util.Map;
import org.storageharness.suite.KubeVolume;

/** A case end to end on the local target with real fio: verdicts, evidence, and what a planted fault does. */
@RequiresFio
class BenchmarkTestsTest {

    @TempDir
    Path dir;

    private Suite suite(EngineSpec engine, WorkloadSpec workload, List<Threshold> thresholds) {
        return new Suite("t", dir.resolve("t.yaml"), "", TargetKind.LOCAL, List.of(engine), List.of(workload),
                thresholds, 1);
    }

    private EngineSpec engine() {
        return new EngineSpec("host", "generic", "", LocalVolume.directory(dir.resolve("vol")), null);
    }

    private static Threshold threshold(String metric, boolean upper, double limit) {
        return new Threshold(Metric.parse(metric).orElseThrow(), upper, limit, Set.of(), Set.of(), "t.yaml:9");
    }

    @Test
    void aThresholdBreachFailsTheCaseWithEveryViolation() throws Exception {
        WorkloadSpec w = TestSuites.workload("1");
        Suite suite = suite(engine(), w, List.of(threshold("write.iops", false, 1e12),
                threshold("write.lat.p99.9", true, 0.000001), threshold("write.lat.mean", true, 1e9)));

        try (RunSession session = RunSession.open(suite, dir.resolve("out"), "fio", s -> { })) {
            assertThatThrownBy(() -> BenchmarkTests.benchmark(session, new BenchmarkCase(engine(), w)))
                    .isInstanceOf(AssertionFailedError.class)
                    .hasMessageStartingWith("Threshold violated: host · w broke 2 thresholds")
                    .hasMessageContaining("expected write IOPS ≥ 1,000,000,000,000 but was")
                    .hasMessageContaining("expected write p99.9 latency ≤ 0.000 ms but was");
        }
    }

    @Test
    void aCaseWithinItsThresholdsPassesAndLeavesItsEvidence() throws Exception {
        WorkloadSpec w = TestSuites.workload("1");
        Suite suite = suite(engine(), w, List.of(threshold("write.iops", false, 1)));
        List<String> attached = new ArrayList<>();
        RecordingSink sink = new RecordingSink(attached);

        try (RunSession session = RunSession.open(suite, dir.resolve("out"), "fio", s -> { })) {
            CaseOutcome outcome = session.run(new BenchmarkCase(engine(), w), sink);

            assertThat(outcome).isInstanceOf(CaseOutcome.Done.class);
            assertThat(((CaseOutcome.Done) outcome).result().violations()).isEmpty();
        }
        assertThat(attached).containsExactly("param engine=host", "param workload=w", "param target=local",
                "target facts", "fio job file", "fio output (json+)");
        assertThat(sink.tree()).as("each step with its own evidence").containsExactly("param engine=host",
                "param workload=w", "param target=local", "target facts", "step prepare the volume [passed]",
                "step run fio [passed]", "  fio job file", "  fio output (json+)",
                "step parse fio's reports and logs [passed]", "step judge thresholds [passed]");
        assertThat(dir.resolve("vol")).doesNotExist();
    }

    @Test
    void anEngineThatIsNotOnThisTargetIsSkippedWithItsReason() throws Exception {
        WorkloadSpec w = TestSuites.workload("1");
        EngineSpec clusterOnly = new EngineSpec("longhorn", "longhorn", "", null, KubeVolume.of("longhorn"));
        Suite suite = new Suite("t", dir.resolve("t.yaml"), "", TargetKind.LOCAL, List.of(engine(), clusterOnly),
                List.of(w), List.of(), 1);

        try (RunSession session = RunSession.open(suite, dir.resolve("out"), "fio", s -> { })) {
            assertThatThrownBy(() -> BenchmarkTests.benchmark(session, new BenchmarkCase(clusterOnly, w)))
                    .isInstanceOf(TestAbortedException.class)
                    .hasMessageContaining("engine [longhorn] has no [local] volume");
        }
    }

    @Test
    void aFioErrorBreaksTheCaseAndKeepsFiosMessage() throws Exception {
        WorkloadSpec tooSmall = new WorkloadSpec("tiny", "", Map.of("rw", "write", "bs", "64k",
                "size", "4k"), null, null);
        Suite suite = suite(engine(), tooSmall, List.of());

        try (RunSession session = RunSession.open(suite, dir.resolve("out"), "fio", s -> { })) {
            assertThatThrownBy(() -> BenchmarkTests.benchmark(session, new BenchmarkCase(engine(), tooSmall)))
                    .isInstanceOf(FioFailure.class).isNotInstanceOf(AssertionError.class)
                    .hasMessageContaining("size too small");
        }
        assertThat(Files.readString(dir.resolve("out/cases/host/tiny/rep-1/job.fio"))).contains("size=4k");
    }

    @Test
    void preflightProblemsStopTheRunBeforeAnyCase() {
        EngineSpec device = new EngineSpec("raw", "generic", "", new LocalVolume(null, Path.of("/dev/nope"), true),
                null);
        Suite suite = suite(device, TestSuites.workload("1"), List.of());

        assertThatThrownBy(() -> RunSession.open(suite, dir.resolve("out"), "fio", s -> { }))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("Configuration error: preflight of suite [t] on target [local] has 1 problem")
                .hasMessageContaining("engines.raw.local: device [/dev/nope] does not exist");
    }
}
