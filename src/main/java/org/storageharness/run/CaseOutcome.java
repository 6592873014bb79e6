package org.storageharness.run;

/** How a case ended, for the JUnit glue to turn into passed, failed or skipped. Harness errors are exceptions. */
public sealed interface CaseOutcome {

    /** The case does not apply on this target; the reason is shown to the user. */
    record Skipped(String reason) implements CaseOutcome {
    }

    /**
     * The case ran.
     *
     * @param failure why it failed (thresholds broken, regression against the baseline), or null when it passed
     */
    record Done(CaseResult result, String failure) implements CaseOutcome {
    }
}
