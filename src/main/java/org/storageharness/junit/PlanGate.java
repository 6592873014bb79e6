package org.storageharness.junit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * With {@code -Dplan=true} a {@link StorageSuite} class does not run (the {@link StoragePlan} class makes the plan
 * instead), so no session is opened and no case starts. Decided once per class.
 */
final class PlanGate implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isPresent()) {
            return ConditionEvaluationResult.enabled("decided for the whole class");
        }
        return SessionResource.settings(context).plan()
                ? ConditionEvaluationResult.disabled("-Dplan=true: the plan is made instead of running the suite")
                : ConditionEvaluationResult.enabled("the suite runs");
    }
}
