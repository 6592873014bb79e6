package org.storageharness.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.storageharness.fio.CaseSeries;
import org.storageharness.fio.FioExecution;
import org.storageharness.fio.JobText;
import org.storageharness.metrics.SteadyState;
import org.storageharness.metrics.ThresholdCheck;
import org.storageharness.platform.BenchmarkRunner;
import org.storageharness.platform.Platform;
import org.storageharness.suite.Suite;

/**
 * One benchmark case as the report's timed steps: prepare the volume, run fio (each repetition, with its evidence),
 * parse fio's reports and logs, judge the thresholds, compare with the baseline. A failing verdict fails its own step
 * and the case goes on to the next, so every reason shows; a harness or cluster error breaks its step and the case.
 */
final class CaseSteps {

    private final Suite suite;
    private final BenchmarkRunner target;
    private final String targetId;
    private final Path outputDir;
    private final List<CaseResult> earlier;

    CaseSteps(Suite suite, BenchmarkRunner target, String targetId, Path outputDir) {
        this(suite, target, targetId, outputDir, List.of());
    }

    /** @param earlier the run's results so far: the last point of a sweep judges {@code slo.iops} over them */
    CaseSteps(Suite suite, BenchmarkRunner target, String targetId, Path outputDir, List<CaseResult> earlier) {
        this.suite = suite;
        this.target = target;
        this.targetId = targetId;
        this.outputDir = outputDir;
        this.earlier = List.copyOf(earlier);
    }

    CaseOutcome.Done run(BenchmarkCase c, CaseGate gate, EvidenceSink evidence) throws InterruptedException {
        long start = System.nanoTime();
        evidence.step("prepare the volume", () -> prepare(c, evidence));
        List<FioExecution> executions = new ArrayList<>();
        for (int rep = 1; rep <= suite.repetitions(); rep++) {
            executions.add(repetition(c, rep, evidence));
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        CaseResult result = evidence.step("parse fio's reports and logs", () -> SloJudge.attach(suite,
                CaseJudge.judge(suite, c, executions, wall, steady(c, evidence)), earlier));
        List<String> failures = new ArrayList<>();
        Optional.ofNullable(JudgedStep.run(evidence, "judge thresholds", () -> thresholds(c, result), f -> f))
                .ifPresent(failures::add);
        if (gate != CaseGate.NONE) {
            JudgedStep.run(evidence, "compare with the baseline", () -> gate.failure(targetId, result),
                    f -> f.orElse(null)).ifPresent(failures::add);
        }
        return new CaseOutcome.Done(result, failures.isEmpty() ? null : String.join("\n", failures));
    }

    private Void prepare(BenchmarkCase c, EvidenceSink evidence) throws InterruptedException {
        Path dir = dir(c, 1);
        try {
            target.prepare(c.engine(), c.workload(), dir);
            return null;
        } catch (RuntimeException | InterruptedException e) {
            EvidenceFiles.attach(evidence, dir);
            throw e;
        }
    }

    /** One repetition's step: fio run on the prepared volume, its evidence attached whatever the outcome. */
    private FioExecution repetition(BenchmarkCase c, int rep, EvidenceSink evidence) throws InterruptedException {
        int of = suite.repetitions();
        return evidence.step(of > 1 ? "run fio · repetition " + rep + " of " + of : "run fio", () -> {
            Path dir = dir(c, rep);
            try {
                return target.run(c.engine(), c.workload(), dir);
            } finally {
                EvidenceFiles.attach(evidence, dir);
            }
        });
    }

    /**
     * Each repetition's series shown, and the steadiness of the one that changed most; null when the case logs none
     * or no series was long enough to judge.
     */
    private SteadyState steady(BenchmarkCase c, EvidenceSink evidence) {
        if (!JobText.logsOverTime(c.workload())) {
            return null;
        }
        List<SteadyState> judged = new ArrayList<>();
        for (int rep = 1; rep <= suite.repetitions(); rep++) {
            CaseSeries series = CaseSeries.read(dir(c, rep).resolve(Platform.Evidence.LOGS_DIR),
                    CaseSeries.windowMillis(c.workload().runtime()));
            if (!series.isEmpty()) {
                evidence.series(c.name() + (suite.repetitions() > 1 ? " · repetition " + rep : ""), series);
            }
            SteadyState.of(series.totalIops(), suite.steady().tolerance()).ifPresent(judged::add);
        }
        return SteadyState.worst(judged).orElse(null);
    }

    /** Every threshold the case broke, and its steadiness where the suite requires it; null when it kept them all. */
    String thresholds(BenchmarkCase c, CaseResult result) {
        List<String> reasons = new ArrayList<>();
        if (!result.violations().isEmpty()) {
            reasons.add(ThresholdCheck.message(c.name(), result.violations()));
        }
        reasons.addAll(SloJudge.failures(suite, result));
        if (suite.steady().required(c.workload().id()) && result.steady() != null && !result.steady().steady()) {
            reasons.add(result.steady().failure(c.name()));
        }
        return reasons.isEmpty() ? null : String.join("\n", reasons);
    }

    private Path dir(BenchmarkCase c, int rep) {
        return outputDir.resolve("cases").resolve(c.engine().id()).resolve(c.workload().id()).resolve("rep-" + rep);
    }
}
