package org.storageharness.fio;

import java.time.Duration;

/**
 * Decides whether a finished fio run did what it was asked, the same way wherever it ran (a local process, a pod):
 * failure is a non-zero exit code, a job error, errors counted under continue_on_error (exit code 0!), or short or
 * dropped I/Os.
 */
public final class FioJudge {

    private final FioOutputParser parser = new FioOutputParser();

    /**
     * @param exitCode fio's exit code; -1 when it is unknown (the pod's container was killed)
     * @param report what fio wrote as its json+ report; empty when it wrote none
     * @param messages what fio printed besides its report (warnings, errors); may be empty
     * @param wall time from start to exit
     * @return the run, when it succeeded
     * @throws FioFailure when it did not, with fio's messages and the report (null when unreadable) as evidence
     */
    public FioExecution judge(int exitCode, String report, String messages, Duration wall) {
        FioReport parsed;
        try {
            parsed = parser.parse(report);
        } catch (FioOutputException e) {
            throw new FioFailure("fio failed and wrote no usable report", exitCode, null, messages);
        }
        if (exitCode != 0 || !parsed.failedJobs().isEmpty()) {
            throw new FioFailure("fio reported failure", exitCode, parsed, messages);
        }
        long shortOrDropped = parsed.jobs().stream().flatMap(j -> j.directions().values().stream())
                .mapToLong(d -> d.shortIos() + d.droppedIos()).sum();
        if (shortOrDropped > 0) {
            throw new FioFailure("fio completed " + shortOrDropped + " short or dropped I/Os", exitCode, parsed,
                    messages);
        }
        return new FioExecution(parsed, report, messages, wall);
    }
}
