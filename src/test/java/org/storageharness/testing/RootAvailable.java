package org.storageharness.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables a test only for root, which mount and losetup need. */
final class RootAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        boolean root = "root".equals(System.getProperty("user.name"));
        return root ? ConditionEvaluationResult.enabled("running as root")
                : ConditionEvaluationResult.disabled("needs root to mount filesystems and attach loop devices"
                + " (user is [" + System.getProperty("user.name") + "])");
    }
}
