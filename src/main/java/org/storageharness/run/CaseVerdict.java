package org.storageharness.run;

/**
 * How a case ended, for the results record: {@code passed}, {@code failed}, {@code broken} or {@code skipped}.
 *
 * @param message why it failed, broke or was skipped; null when it passed
 * @param result the measurements; null when the case did not run to the end
 */
public record CaseVerdict(BenchmarkCase benchmarkCase, String verdict, String message, CaseResult result) {

    static CaseVerdict skipped(BenchmarkCase c, String reason) {
        return new CaseVerdict(c, "skipped", reason, null);
    }

    static CaseVerdict broken(BenchmarkCase c, Throwable cause) {
        String message = cause instanceof InterruptedException ? "interrupted" : String.valueOf(cause.getMessage());
        return new CaseVerdict(c, "broken", message, null);
    }

    static CaseVerdict of(CaseResult result, String failure) {
        return new CaseVerdict(result.benchmarkCase(), failure == null ? "passed" : "failed", failure, result);
    }
}
