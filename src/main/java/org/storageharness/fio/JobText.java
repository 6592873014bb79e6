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

    private JobText() {
    }

    /**
     * A benchmark case's job file.
     *
     * @param platform where it runs, for the first line ({@code local}, {@code kubernetes})
     * @param filename the data file or device, or {@link #TARGET}; not used for a job-file workload
     * @throws UncheckedIOException when the workload's job file cannot be read
     */
    public static String forCase(WorkloadSpec workload, String engine, String platform, String filename) {
        return of(workload, "storage-harness · engine " + engine + " · workload " + workload.id() + " · " + platform,
                filename);
    }

    /** A check's step, named by the job's description in the first line; otherwise like {@link #forCase}. */
    public static String forStep(WorkloadSpec job, String engine, String filename) {
        return of(job, "storage-harness · engine " + engine + " · " + job.description(), filename);
    }

    /**
     * A job file of the given sections (each a header such as {@code [global]} and its lines), after a comment line;
     * sections are separated by a blank line.
     */
    public static String sections(String comment, List<List<String>> sections) {
        return sections.stream().map(lines -> String.join("\n", lines))
                .collect(Collectors.joining("\n\n", "# " + comment + "\n", "\n"));
    }

    private static String of(WorkloadSpec workload, String comment, String filename) {
        if (workload.isJobFile()) {
            try {
                return Files.readString(workload.jobFile());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read job file [" + workload.jobFile() + "]", e);
            }
        }
        return sections(comment, List.of(global(workload.options(), filename), job(workload)));
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
