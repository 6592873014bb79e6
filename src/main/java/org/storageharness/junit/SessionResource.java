package org.storageharness.junit;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;
import org.storageharness.launch.LaunchedRun;
import org.storageharness.report.NotStartedResult;
import org.storageharness.run.Console;
import org.storageharness.run.RunSession;
import org.storageharness.run.RunVerdict;
import org.storageharness.settings.RunSettings;

/**
 * The run in JUnit's root store. Its settings are parsed from this JVM's system properties and environment the first
 * time anything asks (the only place that reads them); the run is opened the first time cases are asked for and
 * finished, with its report written, when the whole test plan ends.
 *
 * <p>A run that cannot start (a configuration error, a target that is not there) is printed once, as one block without
 * a stack trace; every test then aborts quietly, and the end of the test plan fails once, pointing at that block. A
 * run that finishes interrupted or with nothing run fails the same way: Failsafe prints a failure's message twice and
 * its stack trace, so the message that explains it is the harness's own, printed once.
 */
final class SessionResource implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SessionResource.class);
    private static final String NOT_STARTED = "run not started: see the error printed above";

    private final Console console = Console.system();
    private RunSettings settings;
    private LaunchedRun run;
    private RuntimeException failure;

    static RunSettings settings(ExtensionContext context) {
        return resource(context).settings();
    }

    static RunSession session(ExtensionContext context) {
        return resource(context).session();
    }

    private static SessionResource resource(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(SessionResource.class,
                k -> new SessionResource(), SessionResource.class);
    }

    private synchronized RunSettings settings() {
        if (settings == null) {
            settings = starting(() -> RunSettings.from(System.getProperties(), System.getenv()));
        }
        return settings;
    }

    private synchronized RunSession session() {
        RunSettings options = settings();
        if (run == null) {
            run = starting(() -> LaunchedRun.open(options, console));
        }
        return run.session();
    }

    /** Runs a step of starting the run; its failure is printed once and every test after it aborts. */
    private <T> T starting(Supplier<T> step) {
        if (failure != null) {
            throw new TestAbortedException(NOT_STARTED);
        }
        try {
            return step.get();
        } catch (RuntimeException e) {
            failure = e;
            console.error(block(e));
            throw new TestAbortedException(NOT_STARTED);
        }
    }

    /** The error as the console shows it: its message and its causes' messages. */
    private static String block(Throwable error) {
        StringBuilder sb = new StringBuilder(error.getMessage() == null ? error.toString() : error.getMessage().strip());
        for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
            sb.append("\n  caused by: ").append(cause.getMessage() == null ? cause : cause.getMessage());
        }
        return sb.toString();
    }

    /** Finishes the run, then fails the test plan once when the run did not start, was interrupted or ran nothing. */
    @Override
    public synchronized void close() {
        if (failure != null) {
            NotStartedResult.write(settings == null ? null : settings.suite(), failure);
            throw new RunFailed("The run did not start: see the error printed above");
        }
        if (run == null) {
            return;
        }
        RunVerdict verdict = run.finish();
        if (verdict.fails()) {
            throw new RunFailed("The run failed: " + (verdict.kind() == RunVerdict.Kind.INTERRUPTED
                    ? "it was interrupted" : "nothing ran") + "; see the end of the run printed above");
        }
    }
}
