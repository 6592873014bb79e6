package org.storageharness.launch;

import java.util.Locale;
import java.util.function.Consumer;
import org.storageharness.check.FaultPermission;
import org.storageharness.report.RunReport;
import org.storageharness.results.ResultsHistory;
import org.storageharness.results.RunRecord;
import org.storageharness.run.BaselineCaseGate;
import org.storageharness.run.RunSession;
import org.storageharness.settings.RunSettings;
import org.storageharness.suite.CheckKind;
import org.storageharness.suite.Suite;
import org.storageharness.suite.load.SuiteLoader;

/**
 * A run composed from its settings: the suite loaded and validated, the baseline gate and the fault permission set,
 * the platform chosen and preflighted. {@link #finish()} writes what the run leaves behind. Plain Java: the JUnit
 * glue holds one per test plan, and tests and tools can open their own.
 */
public final class LaunchedRun {

    private final RunSettings settings;
    private final RunSession session;
    private final Consumer<String> console;

    private LaunchedRun(RunSettings settings, RunSession session, Consumer<String> console) {
        this.settings = settings;
        this.session = session;
        this.console = console;
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
        gate.ifPresent(g -> session.gate(new BaselineCaseGate(g)));
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
     * Writes the results record (also into the history), the summary and its Allure entry, and the baseline when
     * this run records it; closes the session (the platform cleans up) whatever happens.
     */
    public void finish() {
        try {
            RunRecord record = RunReport.write(session, settings.paths().allureResults(),
                    new ResultsHistory(settings.paths().historyDir(), console), console);
            Baselines.update(settings.baseline(), record, console);
        } finally {
            session.close();
        }
    }
}
