package org.storageharness.report;

import java.util.List;
import java.util.Map;
import org.storageharness.check.CheckOutcome;
import org.storageharness.results.RunRecord;
import org.storageharness.run.CheckVerdict;

/** A correctness check's verdict as the results record keeps it. */
final class CheckRecords {

    private CheckRecords() {
    }

    static RunRecord.CheckRecord of(CheckVerdict v) {
        if (v.outcome() == null) {
            return new RunRecord.CheckRecord(v.engine(), v.check().id(), "broken",
                    String.valueOf(v.error().getMessage()), Map.of(), List.of());
        }
        if (v.outcome() instanceof CheckOutcome.Skipped s) {
            return new RunRecord.CheckRecord(v.engine(), v.check().id(), "skipped", s.reason(), Map.of(), List.of());
        }
        CheckOutcome.Done d = (CheckOutcome.Done) v.outcome();
        return new RunRecord.CheckRecord(v.engine(), v.check().id(), d.passed() ? "passed" : "failed",
                d.passed() ? null : String.join("\n", d.failures()), d.metrics(), d.notes());
    }
}
