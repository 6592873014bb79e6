package org.storageharness.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Collections;

/** How a correctness check ended: skipped with a reason, or done with its metrics and every failure found. */
public sealed interface CheckOutcome {

    /** Not applicable to this engine or run: a missing capability, permission or node. */
    record Skipped(String reason) implements CheckOutcome {
    }

    /**
     * The check ran.
     *
     * @param metrics measured values by name with their unit in the name ({@code snapshot.ready_s})
     * @param failures broken promises ({@code Data mismatch: ...}, {@code Threshold violated: ...}); empty = passed
     * @param notes what the report should say besides (the node a volume moved to, the fault injected)
     */
    record Done(Map<String, Double> metrics, List<String> failures, List<String> notes) implements CheckOutcome {

        public Done {
            metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
            failures = List.copyOf(failures);
            notes = List.copyOf(notes);
        }

        public boolean passed() {
            return failures.isEmpty();
        }
    }
}
