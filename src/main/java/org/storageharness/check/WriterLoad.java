package org.storageharness.check;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storageharness.fio.FailoverWriterJob;
import org.storageharness.fio.FioOutputException;
import org.storageharness.fio.FioOutputParser;
import org.storageharness.fio.FioReport;
import org.storageharness.fio.IoTimeline;
import org.storageharness.fio.IopsSeries;

/**
 * The failover check's continuous writer: a load job and a per-I/O latency canary beside the golden data, and what
 * their logs say — the longest stall, the per-second IOPS (evidence), the I/O errors.
 */
final class WriterLoad {

    /** The writer's and the canary's region after the golden data (which starts at the next MiB). */
    static final long REGION_BYTES = 64L << 20;
    /** Volume space beyond the golden data: the region, and the MiB its start may be rounded up by. */
    static final long EXTRA_BYTES = REGION_BYTES + (1L << 20);

    private final VolumeIo io;
    private final Volumes.Volume volume;
    private final GoldenSteps steps;
    private final long offset;
    private final long loadIops;

    WriterLoad(VolumeIo io, long goldenBytes, long loadIops, Volumes.Volume volume, GoldenSteps steps) {
        this.io = io;
        this.loadIops = loadIops;
        this.volume = volume;
        this.steps = steps;
        this.offset = goldenBytes;
    }

    /**
     * Starts the writer on {@code node} (null: anywhere) for {@code runtime}, as a step; returns once it runs. What it
     * leaves when it ends goes to the step that awaits it.
     */
    Writer start(String node, Duration runtime) throws InterruptedException {
        String job = FailoverWriterJob.after(offset, REGION_BYTES, runtime).withLoadIops(loadIops).render();
        return steps.step("writer" + (node == null ? "" : " on " + node),
                dir -> new Writer(io.start(volume, job, new VolumeIo.Placement(node), dir), dir));
    }

    /** A running writer and the directory of its evidence. */
    record Writer(VolumeIo.Background pod, Path dir) {
    }

    /**
     * What the writer's logs show between {@code from} and {@code to}.
     *
     * @param stall the longest time without a canary completion
     * @param firstCompletion the canary's first completion at or after {@code from}; null when none
     */
    record Measured(Duration stall, Instant firstCompletion, long ioErrors, String message) {
    }

    static Measured measure(VolumeIo.Finished finished, Path dir, Instant from, Instant to) {
        IoTimeline canary = IoTimeline.parse(FailoverWriterJob.CANARY_LAT_LOG,
                finished.logFiles().getOrDefault(FailoverWriterJob.CANARY_LAT_LOG, ""));
        String load = finished.logFiles().get(FailoverWriterJob.LOAD_IOPS_LOG);
        if (load != null) {
            StepFiles.write(dir.resolve("iops-per-second.csv"), IopsSeries.parse(FailoverWriterJob.LOAD_IOPS_LOG, load)
                    .perSecondCsv());
        }
        long errors = errors(finished);
        String message = errors == 0 ? "" : "fio exit code [" + finished.exitCode() + "]: "
                + finished.messages().lines().limit(3).reduce((a, b) -> a + " | " + b).orElse("");
        Instant end = fioEnd(finished.json()).filter(e -> e.isBefore(to) && !e.isBefore(from)).orElse(to);
        return new Measured(canary.longestGap(from, end), canary.firstCompletionAfter(from).orElse(null), errors,
                message);
    }

    private static final Pattern TIMESTAMP_MS = Pattern.compile("\"timestamp_ms\"\\s*:\\s*(\\d+)");

    /**
     * When fio ended its run: the report's {@code timestamp_ms}, written as the run ends. The harness may see the pod
     * finished much later (it waits for the volume to be healthy first), and that wait is not a stall of the writer.
     */
    static Optional<Instant> fioEnd(String json) {
        Matcher m = TIMESTAMP_MS.matcher(json == null ? "" : json);
        return m.find() ? Optional.of(Instant.ofEpochMilli(Long.parseLong(m.group(1)))) : Optional.empty();
    }

    /** I/O errors fio counted; a writer that failed without a readable report counts as one. */
    private static long errors(VolumeIo.Finished finished) {
        try {
            FioReport report = new FioOutputParser().parse(finished.json());
            long counted = report.jobs().stream().mapToLong(j -> j.errorCount()).sum();
            return counted == 0 && finished.exitCode() != 0 ? 1 : counted;
        } catch (FioOutputException e) {
            return 1;
        }
    }
}
