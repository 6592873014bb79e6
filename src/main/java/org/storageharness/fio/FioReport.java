package org.storageharness.fio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed fio json/json+ report (the last root document of the output).
 *
 * @param fioVersion e.g. {@code fio-3.33}
 * @param jobs job entries in output order
 * @param preamble non-JSON text fio put before the JSON (warnings, "terminating on signal"), may be empty
 * @param documents how many root JSON documents the output had (more than one with --status-interval)
 */
public record FioReport(String fioVersion, List<JobStats> jobs, String preamble, int documents) {

    public FioReport {
        jobs = List.copyOf(jobs);
    }

    /**
     * Reports of the same job file that ran at the same time in several places (fan-out pods) as one: every job side by
     * side, so {@link #groups()} sums their rates and merges their latency histograms as it does for one report's
     * concurrent jobs. The fio version is the first report's.
     */
    public static FioReport concurrent(List<FioReport> reports) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("merging fio reports needs at least one");
        }
        return new FioReport(reports.get(0).fioVersion(), reports.stream().flatMap(r -> r.jobs().stream()).toList(),
                "", reports.size());
    }

    /** Per-group aggregates in group order; entries with the same group id ran concurrently. */
    public List<GroupResult> groups() {
        Map<Integer, List<JobStats>> byGroup = new LinkedHashMap<>();
        for (JobStats job : jobs) {
            byGroup.computeIfAbsent(job.groupId(), g -> new ArrayList<>()).add(job);
        }
        return byGroup.values().stream().map(GroupResult::of).toList();
    }

    /** {@link JobStats#errorCount()} summed over the entries (clones) of the job named {@code jobName}. */
    public long errorCount(String jobName) {
        return jobs.stream().filter(j -> j.name().equals(jobName)).mapToLong(JobStats::errorCount).sum();
    }

    public List<JobStats> failedJobs() {
        return jobs.stream().filter(JobStats::failed).toList();
    }
}
