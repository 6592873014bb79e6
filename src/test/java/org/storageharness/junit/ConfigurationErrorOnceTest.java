package org.storageharness.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.suite.load.SuiteFiles;
import org.storageharness.testing.AllureResultFiles;
import org.storageharness.testing.ChildSuiteRun;

/**
 * A run that cannot start, played on a child JVM running all the storage suites (each asks for the run) and printing a
 * failed test as Failsafe does: the error is printed once, as one block without a stack trace, and the run fails.
 */
class ConfigurationErrorOnceTest {

    @TempDir
    Path dir;

    @Test
    void anEmptySuiteFileIsReportedOnceWithoutAStackTraceAndFailsTheRun() throws Exception {
        new SuiteFiles(dir).write("empty", "");

        List<String> console;
        try (ChildSuiteRun child = ChildSuiteRun.start(dir, Map.of("suite", "empty"))) {
            assertThat(child.secondsToExit(Duration.ofSeconds(120))).as("child ended").isNotNegative();
            assertThat(child.exitValue()).as("exit status").isNotZero();
            console = child.console().lines().toList();
        }

        System.out.printf("[ConfigurationErrorOnceTest] %d console lines:%n%s%n", console.size(),
                String.join("\n", console));
        assertThat(console).filteredOn(l -> l.contains("Configuration error:")).containsExactly(
                "[storage-harness] Configuration error: " + dir.resolve("suites/empty.yaml") + ": the file is empty;"
                        + " write a YAML mapping with at least [engines] and [workloads] (see suites/smoke.yaml) into"
                        + " it, or choose another suite with -Dsuite=NAME");
        assertThat(console).contains("The run did not start: see the error printed above");
        assertThat(console).noneMatch(l -> l.matches("^\\s+at [a-z].*")).noneMatch(l -> l.contains("Exception"));
        assertThat(AllureResultFiles.read(dir.resolve("allure-results")))
                .anyMatch(r -> r.startsWith("broken Run not started · empty: Configuration error: "
                        + dir.resolve("suites/empty.yaml") + ": the file is empty"));
    }
}
