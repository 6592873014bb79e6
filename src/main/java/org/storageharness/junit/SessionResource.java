package org.storageharness.junit;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.storageharness.gate.BaselineFiles;
import org.storageharness.gate.BaselineGate;
import org.storageharness.gate.GateRules;
import org.storageharness.report.RunReport;
import org.storageharness.results.ResultsHistory;
import org.storageharness.results.RunRecord;
import org.storageharness.run.BaselineCaseGate;
import org.storageharness.run.RunSession;
import org.storageharness.suite.CheckKind;
import org.storageharness.suite.ConfigurationException;
import org.storageharness.suite.load.Overrides;
import org.storageharness.suite.Problem;
import org.storageharness.suite.Suite;
import org.storageharness.suite.load.SuiteLoader;

/**
 * The run session in JUnit's root store: opened (suite loaded, validated, target preflighted) the first time cases
 * are asked for, and closed with the report written when the whole test plan ends.
 */
final class SessionResource implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SessionResource.class);

    private final RunSession session;
    private final HarnessSettings settings;

    private SessionResource(RunSession session, HarnessSettings settings) {
        this.session = session;
        this.settings = settings;
    }

    static RunSession session(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SessionResource.class, k -> openReporting(), SessionResource.class).session;
    }

    /** Prints a configuration error in full on the console too: Maven shows only the first line of a test error. */
    private static SessionResource openReporting() {
        try {
            return open();
        } catch (ConfigurationException e) {
            System.err.println("[storage-harness] " + e.getMessage().strip());
            throw e;
        }
    }

    private static SessionResource open() {
        HarnessSettings settings = HarnessSettings.fromSystemProperties();
        List<Problem> problems = new ArrayList<>();
        Overrides overrides = Overrides.from(System.getProperties(), problems);
        if (!problems.isEmpty()) {
            throw new ConfigurationException("the command line", problems);
        }
        Suite suite = new SuiteLoader(settings.suitesDir(), settings.basedir()).load(settings.suite(), overrides);
        System.out.println("[storage-harness] suite " + suite.name() + " (" + suite.file() + "): "
                + suite.engines().size() + " engine(s) × " + suite.workloads().size() + " workload(s), "
                + suite.repetitions() + " repetition(s)");
        BaselineGate gate = gate(settings, suite);
        var faults = org.storageharness.check.FaultPermission.from(System.getProperties());
        announceFaults(faults, suite);
        RunSession session = RunSession.open(suite, settings.output(), settings.fioPath(), System.out::println);
        if (gate != null) {
            session.gate(new BaselineCaseGate(gate));
        }
        session.checks().allowFaults(faults);
        return new SessionResource(session, settings);
    }

    /** Says up front whether destructive faults may run; a half-given permission has already stopped the run. */
    private static void announceFaults(org.storageharness.check.FaultPermission faults, Suite suite) {
        if (!suite.checks().runs(CheckKind.FAILOVER)) {
            return;
        }
        System.out.println(faults.allowed()
                ? "[storage-harness] destructive faults ALLOWED (mode " + faults.mode().name().toLowerCase(
                        java.util.Locale.ROOT) + ") on nodes " + faults.nodes().stream().sorted().toList()
                : "[storage-harness] failover checks will be skipped: destructive faults need -Dfaults=allow"
                        + " -Dfaults.nodes=NODE[,NODE...]");
    }

    /** The baseline gate of {@code -Dbaseline=FILE}; none when there is no file yet and it is being written. */
    private static BaselineGate gate(HarnessSettings settings, Suite suite) {
        if (settings.baseline() == null) {
            if (settings.baselineUpdate()) {
                throw new ConfigurationException("-Dbaseline.update=true needs -Dbaseline=FILE: the file to write");
            }
            return null;
        }
        if (settings.baselineUpdate()) {
            System.out.println("[storage-harness] this run records the baseline " + settings.baseline()
                    + " (its cases are not compared with the old one)");
            return null;
        }
        System.out.println("[storage-harness] comparing every case with the baseline " + settings.baseline());
        return new BaselineGate(BaselineFiles.read(settings.baseline()), GateRules.of(suite.gate()));
    }

    @Override
    public void close() {
        try {
            RunRecord record = RunReport.write(session, settings.allureResults(),
                    new ResultsHistory(settings.historyDir(), System.out::println), System.out::println);
            if (settings.baselineUpdate()) {
                BaselineFiles.update(settings.baseline(), record);
                System.out.println("[storage-harness] baseline " + settings.baseline() + " updated with run "
                        + record.runId());
            }
        } finally {
            session.close();
        }
    }
}
