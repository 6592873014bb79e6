package org.storageharness.testing;

import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Not a test: the storage suites ({@code org.storageharness.suites.*IT}) as {@code mvn verify} runs them, in a JVM of
 * their own, for tests that signal a run or read its console ({@link ChildSuiteRun}). Options come as {@code -D}
 * system properties; a failed test is printed as Failsafe prints it (its exception with {@code printStackTrace}), and
 * the exit status is 1 when anything failed.
 */
public final class SuiteLauncher {

    private SuiteLauncher() {
    }

    public static void main(String[] args) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage("org.storageharness.suites")).filters(includeClassNamePatterns(".*IT"))
                .build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();
        summary.getFailures().forEach(f -> {
            System.out.println("[launcher] failed: " + f.getTestIdentifier().getDisplayName());
            f.getException().printStackTrace(System.out);
        });
        System.out.println("[launcher] tests: " + summary.getTestsSucceededCount() + " succeeded, "
                + summary.getTestsFailedCount() + " failed, " + summary.getTestsAbortedCount() + " aborted; "
                + summary.getTotalFailureCount() + " failure(s) in all");
        System.exit(summary.getTotalFailureCount() > 0 ? 1 : 0);
    }
}
