package org.storageharness.fio;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * fio ran but reported failure: a non-zero exit code, a job error, errors counted under continue_on_error, or short
 * or dropped I/Os. The raw output and stderr stay available as evidence.
 */
public class FioFailure extends RuntimeException {

    private static final Map<Integer, String> ERRNO = Map.ofEntries(
            Map.entry(2, "ENOENT: no such file or directory"), Map.entry(5, "EIO: I/O error"),
            Map.entry(12, "ENOMEM: out of memory"), Map.entry(13, "EACCES: permission denied"),
            Map.entry(16, "EBUSY: device or resource busy"), Map.entry(22, "EINVAL: invalid argument"),
            Map.entry(28, "ENOSPC: no space left on device"), Map.entry(30, "EROFS: read-only file system"),
            Map.entry(84, "EILSEQ: data verification failed"), Map.entry(95, "EOPNOTSUPP: not supported"),
            Map.entry(110, "ETIMEDOUT: timed out"), Map.entry(122, "EDQUOT: disk quota exceeded"));

    private final int exitCode;
    private final FioReport report;
    private final String stderr;

    public FioFailure(String summary, int exitCode, FioReport report, String stderr) {
        super(summary + details(exitCode, report, stderr));
        this.exitCode = exitCode;
        this.report = report;
        this.stderr = stderr;
    }

    /** Null when fio produced no readable report. */
    public FioReport report() {
        return report;
    }

    public int exitCode() {
        return exitCode;
    }

    public String stderr() {
        return stderr;
    }

    /** True when a job ended with EILSEQ, fio's verification failure: the data read back was not what was written. */
    public boolean isVerificationFailure() {
        return report != null && report.jobs().stream().anyMatch(j -> j.error() == 84);
    }

    public static String errno(int code) {
        return ERRNO.getOrDefault(code, "errno " + code);
    }

    private static String details(int exitCode, FioReport report, String stderr) {
        StringBuilder sb = new StringBuilder(" [exit code ").append(exitCode).append(']');
        if (report != null) {
            List<JobStats> failed = report.failedJobs();
            if (!failed.isEmpty()) {
                sb.append(failed.stream().map(j -> j.name() + ": " + errno(j.error())
                                + (j.totalErrors() > 0 ? ", " + j.totalErrors() + " errors counted" : ""))
                        .distinct().collect(Collectors.joining("; ", " jobs [", "]")));
            }
        }
        String firstLines = stderr == null ? "" : stderr.lines().filter(l -> !l.isBlank()).limit(3)
                .collect(Collectors.joining(" | "));
        if (!firstLines.isEmpty()) {
            sb.append("; fio said: ").append(firstLines);
        }
        return sb.toString();
    }
}
