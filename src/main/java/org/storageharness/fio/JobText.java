package org.storageharness.fio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.storageharness.suite.WorkloadSpec;
import java.util.regex.Pattern;

/**
 * The one place that writes fio job files: a workload's options as one job section on the engine's data location, a
 * user's job file as written, and the sections of the harness's own jobs. Every platform runs what this returns, so a
 * case means the same job wherever it runs.
 */
public final class JobText {

    /** The environment variable through which a runner tells fio where the data is (fio expands it in job files). */
    public static final String TARGET_VARIABLE = "TARGET";
    /** The data location of a job whose runner sets {@value #TARGET_VARIABLE} (every fio pod does). */
    public static final String TARGET = "${" + TARGET_VARIABLE + "}";
    /** The environment variable that names a folder fio may write its logs into (a pod's scratch volume). */
    public static final String SCRATCH_VARIABLE = "SCRATCH";
    /** Options whose presence in a workload means it writes its own logs: the harness then adds none. */
    private static final Pattern LOG_OPTION = Pattern.compile(
            "write_\\w+_log|log_\\w+|per_job_logs");

    private JobText() {
    }

    /**
     * A benchmark case's job file. A time-based case also logs, into {@code ${SCRATCH}}, its IOPS and its largest total
     * latency per window (one second up to {@link CaseSeries#MAX_WINDOWS} s of runtime) with epoch times, which
     * {@link CaseSeries} reads; not when the workload sets log options of its own.
     *
     * @param platform where it runs, for the first line ({@code local}, {@code kubernetes})
     * @param filename the data file or device, or {@link #TARGET}; not used for a job-file workload
     * @throws UncheckedIOException when the workload's job file cannot be read
     */
    public static String forCase(WorkloadSpec workload, String engine, String platform, String filename) {
        return of(workload, "storage-harness · engine " + engine + " · workload " + workload.id() + " · " + platform,
                filename, logs(workload));
    }

    /** A check's step, named by the job's description in the first line; otherwise like {@link #forCase}. */
    public static String forStep(WorkloadSpec job, String engine, String filename) {
        return of(job, "storage-harness · engine " + engine + " · " + job.description(), filename, List.of());
    }

    /**
     * A job file of the given sections (each a header such as {@code [global]} and its lines), after a comment line;
     * sections are separated by a blank line.
     */
    public static String sections(String comment, List<List<String>> sections) {
        return sections.stream().map(lines -> String.join("\n", lines))
                .collect(Collectors.joining("\n\n", "# " + comment + "\n", "\n"));
    }

    private static String of(WorkloadSpec workload, String comment, String filename, List<String> logs) {
        if (workload.isJobFile()) {
            try {
                return Files.readString(workload.jobFile());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read job file [" + workload.jobFile() + "]", e);
            }
        }
        List<String> global = new ArrayList<>(global(workload.options(), filename));
        global.addAll(logs);
        return sections(comment, List.of(global, job(workload)));
    }

    /**
     * Latency percentiles are taken over total latency (submission + completion) so that stalls in submission are not
     * missed, unless the workload says otherwise.
     */
    private static List<String> global(Map<String, String> options, String filename) {
        List<String> lines = new ArrayList<>(List.of("[global]", "filename=" + filename));
        if (!options.containsKey("lat_percentiles")) {
            lines.add("lat_percentiles=1");
        }
        return lines;
    }

    /**
     * Whether a case of {@code workload} logs its series over time: a time-based workload of fio options that sets no
     * log options of its own. A user's job file is run as written.
     */
    public static boolean logsOverTime(WorkloadSpec workload) {
        return !workload.isJobFile() && workload.runtime() != null && workload.options().keySet().stream()
                .noneMatch(k -> LOG_OPTION.matcher(k).matches());
    }

    /**
     * The log options of a case: the iops log holds each window's IOPS, the lat log each window's largest total
     * latency. fio 3.33 logs one latency per window, the mean or (log_max_value=1) the largest; the largest is the one
     * that shows a stall or a spike, which a mean over thousands of I/Os hides.
     */
    private static List<String> logs(WorkloadSpec workload) {
        if (!logsOverTime(workload)) {
            return List.of();
        }
        String prefix = "${" + SCRATCH_VARIABLE + "}/" + CaseSeries.LOG_NAME;
        return List.of("write_iops_log=" + prefix, "write_lat_log=" + prefix,
                "log_avg_msec=" + CaseSeries.windowMillis(workload.runtime()), "log_max_value=1", "log_unix_epoch=1");
    }

    private static List<String> job(WorkloadSpec workload) {
        return Stream.concat(Stream.of("[" + workload.id() + "]"),
                workload.options().entrySet().stream().map(o -> line(o.getKey(), o.getValue()))).toList();
    }

    /** fio takes a bare key for a flag that is on, and 0 for one that is off. */
    private static String line(String key, String value) {
        if (value.isEmpty() || value.equals("true")) {
            return key;
        }
        return key + "=" + (value.equals("false") ? "0" : value);
    }
}
