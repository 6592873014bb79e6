package org.storageharness.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.storageharness.check.FaultPermission;
import org.storageharness.lifecycle.Interruption;
import org.storageharness.lifecycle.ShutdownGrace;
import org.storageharness.lifecycle.SignalTrap;
import org.storageharness.report.EndScreen;
import org.storageharness.report.RunReport;
import org.storageharness.results.ResultsHistory;
import org.storageharness.results.RunRecord;
import org.storageharness.run.BaselineCaseGate;
import org.storageharness.run.BaselineCheckGate;
import org.storageharness.run.RunSession;
import org.storageharness.run.RunVerdict;
import org.storageharness.settings.RunPaths;
import org.storageharness.settings.RunSettings;
import org.storageharness.suite.CheckKind;
import org.storageharness.suite.Suite;
import org.storageharness.suite.load.SuiteLoader;

/**
 * A run composed from its settings: the suite loaded and validated, the baseline gate and the fault permission set,
 * the platform chosen and preflighted. {@link #finish()} writes what the run leaves behind. Plain Java: the JUnit
 * glue holds one per test plan, and tests and tools can open their own.
 *
 * <p>From open to finish, SIGINT and SIGTERM stop the run instead of the JVM, and a JVM that shuts down anyway (Failsafe
 * calls {@code System.exit} in its test JVM when Maven gets Ctrl-C) first stops the run and waits for it to write what
 * it measured.
 */
public final class LaunchedRun {

    /** How long a shutting-down JVM waits for the run's report: the whole stop fits in 5 s of the signal. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(4);

    private final RunSettings settings;
    private final RunSession session;
    private final Consumer<String> console;
    private final SignalTrap signals;
    private final ShutdownGrace shutdown;

    private LaunchedRun(RunSettings settings, RunSession session, Consumer<String> console) {
        this.settings = settings;
        this.session = session;
        this.console = console;
        Interruption interruption = session.stops().interruption();
        this.signals = SignalTrap.install(interruption, console);
        this.shutdown = ShutdownGrace.register("storage-harness-run-shutdown",
                () -> interruption.stop("JVM shutdown"), SHUTDOWN_GRACE);
    }

    /**
     * Opens the run and says on {@code console} what it will do; any problem ends in a configuration error before a
     * single case starts, with nothing left behind.
     *
     * @param console receives the run's lines (the harness's {@code Console} in a real run)
     */
    public static LaunchedRun open(RunSettings settings, Consumer<String> console) {
        Suite suite = new SuiteLoader(settings.paths().suitesDir(), settings.paths().basedir())
                .load(settings.suite(), settings.overrides());
        console.accept("suite " + suite.name() + " (" + suite.file() + "): " + suite.engines().size()
                + " engine(s) × " + suite.workloads().size() + " workload(s), " + suite.repetitions()
                + " repetition(s)");
        var gate = Baselines.gate(settings.baseline(), suite, console);
        announceFaults(settings.faults(), suite, console);
        RunSession session = RunSession.open(suite, settings.paths().output(), settings.fioPath(),
                settings.platform(), console);
        gate.ifPresent(g -> {
            session.gate(new BaselineCaseGate(g));
            session.checks().gate(new BaselineCheckGate(g.checks()));
        });
        session.checks().allowFaults(settings.faults());
        return new LaunchedRun(settings, session, console);
    }

    /** Says up front whether destructive faults may run; a half-given permission has already stopped the run. */
    private static void announceFaults(FaultPermission faults, Suite suite, Consumer<String> console) {
        if (!suite.checks().runs(CheckKind.FAILOVER)) {
            return;
        }
        console.accept(faults.allowed()
                ? "destructive faults ALLOWED (mode " + faults.mode().name().toLowerCase(Locale.ROOT) + ") on nodes "
                        + faults.nodes().stream().sorted().toList()
                : "failover checks will be skipped: destructive faults need -Dfaults=allow"
                        + " -Dfaults.nodes=NODE[,NODE...]");
    }

    public RunSession session() {
        return session;
    }

    public RunSettings settings() {
        return settings;
    }

    /**
     * Writes the results record (also into the history), the summary and its Allure entry, and the baseline when this
     * run records it (not when it was interrupted); closes the session (the platform cleans up) whatever happens, then
     * prints the run's end screen.
     *
     * @return how the run ended; the caller fails the run when the verdict {@linkplain RunVerdict#fails() fails}
     */
    public RunVerdict finish() {
        try {
            RunVerdict verdict = RunVerdict.of(session, settings.allowEmpty());
            RunRecord record = write(verdict);
            EndScreen.lines(record, verdict, Duration.between(session.startedAt(), Instant.now()),
                    places(settings.paths())).forEach(console);
            return verdict;
        } finally {
            shutdown.close();
            signals.close();
        }
    }

    private RunRecord write(RunVerdict verdict) {
        try {
            RunRecord record = RunReport.write(session, verdict, settings.paths().allureResults(),
                    new ResultsHistory(settings.paths().historyDir(), console), console);
            if (verdict.kind() != RunVerdict.Kind.INTERRUPTED) {
                Baselines.update(settings.baseline(), record, console);
            } else if (settings.baseline().update()) {
                console.accept("baseline " + settings.baseline().file() + " not updated: the run was interrupted");
            }
            return record;
        } finally {
            session.close();
        }
    }

    private static EndScreen.Places places(RunPaths paths) {
        Path summary = paths.output().resolve("summary.md");
        return new EndScreen.Places(paths.basedir(), Files.exists(summary) ? summary : null,
                paths.output().resolve(RunReport.RESULTS_FILE), paths.allureReport(), allureCli(paths.allureCli()));
    }

    /** The {@code allure} script that {@code mvn verify} unpacked, or null before it has. */
    private static Path allureCli(Path dir) {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(dir)) {
            return versions.map(v -> v.resolve("bin/allure")).filter(Files::isExecutable).max(Path::compareTo)
                    .orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list [" + dir + "]", e);
        }
    }
}
