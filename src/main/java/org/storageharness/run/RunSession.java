package org.storageharness.run;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.storageharness.lifecycle.Interruption;
import org.storageharness.fio.FioRunner;
import org.storageharness.suite.ConfigurationException;
import org.storageharness.suite.Problem;
import org.storageharness.suite.Suite;
import org.storageharness.platform.Platform;
import org.storageharness.platform.select.PlatformResolver;
import org.storageharness.platform.select.PlatformSettings;
import java.util.Random;

/**
 * One run of a suite on a target: validated before anything starts, cases run one after another (parallel cases on
 * shared disks would falsify each other), results kept for the summary, everything created removed on close.
 */
public final class RunSession implements AutoCloseable {

    private final Suite suite;
    private final String runId;
    private final Path outputDir;
    private final FioRunner fio;
    private final Platform target;
    private final Progress progress;
    private final Consumer<String> log;
    private final List<CaseResult> results = new CopyOnWriteArrayList<>();
    private final List<CaseVerdict> verdicts = new CopyOnWriteArrayList<>();

    private final Instant startedAt = Instant.now();
    private volatile CaseGate gate = CaseGate.NONE;
    private final RunChecks checks;
    private final RunStops stops = new RunStops(new Interruption());

    private RunSession(Suite suite, String runId, Path outputDir, FioRunner fio, Platform target, Consumer<String> log) {
        this.suite = suite;
        this.runId = runId;
        this.outputDir = outputDir;
        this.fio = fio;
        this.target = target;
        this.checks = new RunChecks(target);
        this.log = log;
        List<BenchmarkCase> runnable = cases(suite).stream()
                .filter(c -> target.skipReason(c.engine()).isEmpty()).toList();
        this.progress = new Progress(log, runnable, suite.repetitions());
    }

    /**
     * Resolves the target and runs its preflight; any problem ends in a {@link ConfigurationException} before a single
     * case starts, with the target already cleaned up.
     *
     * @param platform the command line's platform options and where Docker may be
     * @param log the run's console
     */
    public static RunSession open(Suite suite, Path outputDir, String fioPath, PlatformSettings platform,
                                  Consumer<String> log) {
        String runId = newRunId();
        FioRunner fio = new FioRunner(fioPath);
        Platform target;
        try {
            target = PlatformResolver.resolve(suite, fio, runId, platform, log);
        } catch (RuntimeException e) {
            fio.close();
            throw e;
        }
        return start(suite, outputDir, fio, target, runId, log);
    }

    /** {@link #open(Suite, Path, String, PlatformSettings, Consumer)} without command-line platform options. */
    public static RunSession open(Suite suite, Path outputDir, String fioPath, Consumer<String> log) {
        return open(suite, outputDir, fioPath, PlatformSettings.none(), log);
    }

    /** A run id that sorts by time and does not collide with a run started in the same second. */
    public static String newRunId() {
        return LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-"
                + Integer.toHexString(0x1000 + new Random().nextInt(0xf000));
    }

    /**
     * Runs the preflight of an already resolved target; on any problem the target is closed and nothing has run.
     */
    public static RunSession start(Suite suite, Path outputDir, FioRunner fio, Platform target, String runId,
                                   Consumer<String> log) {
        try {
            List<Problem> problems = target.preflight(suite);
            if (!problems.isEmpty()) {
                throw new ConfigurationException("preflight of suite [" + suite.name() + "] on target ["
                        + target.id() + "]", problems);
            }
            return new RunSession(suite, runId, outputDir, fio, target, log);
        } catch (RuntimeException e) {
            try {
                target.close();
            } finally {
                fio.close();
            }
            throw e;
        }
    }

    public static List<BenchmarkCase> cases(Suite suite) {
        List<BenchmarkCase> cases = new ArrayList<>();
        suite.engines().forEach(e -> suite.workloads().forEach(w -> cases.add(new BenchmarkCase(e, w))));
        return cases;
    }

    /**
     * Runs one case (all repetitions) as {@link CaseSteps}, attaching its evidence to {@code evidence} whatever the
     * outcome.
     */
    public CaseOutcome run(BenchmarkCase c, EvidenceSink evidence) throws InterruptedException {
        evidence.parameter("engine", c.engine().id());
        evidence.parameter("workload", c.workload().id());
        evidence.parameter("target", target.id());
        var skip = stops.skipReason().or(() -> target.skipReason(c.engine()));
        if (skip.isPresent()) {
            verdicts.add(CaseVerdict.skipped(c, skip.get()));
            return new CaseOutcome.Skipped(skip.get());
        }
        evidence.attachText("target facts", "text/plain", target.factsText());
        progress.starting(c);
        CaseOutcome.Done done;
        try {
            done = stops.run(c.name(), () -> new CaseSteps(suite, target, target.id(), outputDir, results)
                    .run(c, gate, evidence));
        } catch (InterruptedException | RuntimeException e) {
            verdicts.add(CaseVerdict.broken(c, e));
            throw e;
        }
        results.add(done.result());
        verdicts.add(CaseVerdict.of(done.result(), done.failure()));
        progress.finished(c, done.result(), suite.unstableSpread(), done.failure());
        return done;
    }

    /** The run's stop (Ctrl-C, SIGTERM): checked before every case, check and gate step, and around each. */
    public RunStops stops() {
        return stops;
    }

    /** The run's correctness checks (labs, fault permission, verdicts). */
    public RunChecks checks() {
        return checks;
    }

    /** The engines' kept volumes (golden data that outlives the run). */
    public KeptData kept() {
        return new KeptData(target, outputDir.resolve("kept"));
    }

    /** Judges every following case also by {@code gate} (a baseline). */
    public void gate(CaseGate caseGate) {
        this.gate = caseGate;
    }

    public Suite suite() {
        return suite;
    }

    public String runId() {
        return runId;
    }

    public Path outputDir() {
        return outputDir;
    }

    public Map<String, String> facts() {
        return target.facts();
    }

    public String targetId() {
        return target.id();
    }

    public List<CaseResult> results() {
        return List.copyOf(results);
    }

    /** Every case that was started, skipped ones included, in run order. */
    public List<CaseVerdict> verdicts() {
        return List.copyOf(verdicts);
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** The console the session was opened with: lines about the run go there. */
    public Consumer<String> log() {
        return log;
    }

    @Override
    public void close() {
        try {
            target.close();
        } finally {
            fio.close();
        }
    }
}
