package org.storageharness.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.storageharness.fio.FioNotInstalledException;
import org.storageharness.fio.FioRunner;

/** Enables a test only where fio runs, and says why not otherwise. */
final class FioAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        try (FioRunner runner = new FioRunner("fio")) {
            return ConditionEvaluationResult.enabled("fio found: " + runner.version());
        } catch (FioNotInstalledException e) {
            return ConditionEvaluationResult.disabled("needs fio, which is not installed here: apt-get install fio");
        }
    }
}
