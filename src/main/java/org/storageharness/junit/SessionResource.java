package org.storageharness.junit;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.storageharness.launch.LaunchedRun;
import org.storageharness.run.Console;
import org.storageharness.run.RunSession;
import org.storageharness.settings.RunSettings;
import org.storageharness.suite.ConfigurationException;

/**
 * The run in JUnit's root store. Its settings are parsed from this JVM's system properties and environment the first
 * time anything asks (the only place that reads them); the run is opened the first time cases are asked for and
 * finished, with its report written, when the whole test plan ends.
 */
final class SessionResource implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SessionResource.class);

    private final LaunchedRun run;

    private SessionResource(LaunchedRun run) {
        this.run = run;
    }

    static RunSettings settings(ExtensionContext context) {
        return store(context).getOrComputeIfAbsent(RunSettings.class,
                k -> reporting(() -> RunSettings.from(System.getProperties(), System.getenv())), RunSettings.class);
    }

    static RunSession session(ExtensionContext context) {
        RunSettings settings = settings(context);
        return store(context).getOrComputeIfAbsent(SessionResource.class,
                k -> new SessionResource(reporting(() -> LaunchedRun.open(settings, Console.system()))),
                SessionResource.class).run.session();
    }

    private static ExtensionContext.Store store(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE);
    }

    /** Prints a configuration error in full on the console too: Maven shows only the first line of a test error. */
    private static <T> T reporting(Supplier<T> open) {
        try {
            return open.get();
        } catch (ConfigurationException e) {
            Console.system().error(e.getMessage().strip());
            throw e;
        }
    }

    @Override
    public void close() {
        run.finish();
    }
}
