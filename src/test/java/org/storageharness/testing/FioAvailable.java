package org.storageharness.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.storageharness.fio.FioNotInstalledException;
import org.storageharness.fio.FioRunner;

/**
 * Enables a test only where fio runs, and says why not otherwise. JUnit asks for every test class and method; fio is
 * asked once per test JVM (about 600 {@code fio --version} processes fewer in the README's test command).
 */
final class FioAvailable implements ExecutionCondition {

    private static volatile ConditionEvaluationResult answer;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        ConditionEvaluationResult known = answer;
        if (known == null) {
            known = ask();
            answer = known;
        }
        return known;
    }

    private static ConditionEvaluationResult ask() {
        String missing = "needs fio, which is not installed here: apt-get install fio";
        try (FioRunner runner = new FioRunner("fio")) {
            String version = runner.version();
            // src/test/bin/fio (first on the test JVMs' PATH) starts even without fio, and says so with exit 127
            return version.startsWith("fio-") ? ConditionEvaluationResult.enabled("fio found: " + version)
                    : ConditionEvaluationResult.disabled(missing + " [" + version + "]");
        } catch (FioNotInstalledException e) {
            return ConditionEvaluationResult.disabled(missing);
        }
    }
}
