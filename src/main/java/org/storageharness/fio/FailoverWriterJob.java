package org.storageharness.fio;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The continuous writer that runs while a volume fails over: a job file with two concurrent jobs on
 * {@code ${TARGET}}, confined to the region [{@code offsetBytes}, {@code offsetBytes + sizeBytes}) so that it never
 * touches the golden data written before it.
 * <ul>
 *   <li>{@value #LOAD}: 4k random writes at queue depth 4 (capped at {@code loadIops} when above 0), its IOPS logged
 *       per second in
 *       {@code ${SCRATCH}/}{@value #LOAD_IOPS_LOG} (read it with {@link IopsSeries});</li>
 *   <li>{@value #CANARY}: one 4k random write every 5 ms, each completion logged in
 *       {@code ${SCRATCH}/}{@value #CANARY_LAT_LOG} (read it with {@link IoTimeline}).</li>
 * </ul>
 * Logs use epoch milliseconds so they compare directly with the failover's own timestamps. fio expands
 * {@code ${TARGET}} and {@code ${SCRATCH}} from its environment, as the fio pods set them.
 *
 * @param offsetBytes where the region starts; a multiple of 4 KiB (direct I/O)
 * @param sizeBytes the region's length; a positive multiple of 4 KiB
 * @param runtime how long both jobs write; whole seconds, at least 1 s
 * @param loadIops the load job's IOPS cap ({@code rate_iops}); 0: none
 */
public record FailoverWriterJob(long offsetBytes, long sizeBytes, Duration runtime, long loadIops) {

    public static final String LOAD = "load";
    public static final String CANARY = "canary";
    /** The load's per-second IOPS log: fio names it after the job's prefix and its job number (1). */
    public static final String LOAD_IOPS_LOG = "load_iops.1.log";
    /** The canary's per-I/O total-latency log (fio also writes canary_clat.2.log and canary_slat.2.log). */
    public static final String CANARY_LAT_LOG = "canary_lat.2.log";

    private static final long BLOCK = 4096;
    private static final long MIB = 1 << 20;

    public FailoverWriterJob {
        if (offsetBytes < 0 || offsetBytes % BLOCK != 0) {
            throw new IllegalArgumentException("writer offset [" + offsetBytes + " B] must be a multiple of 4096 "
                    + "and >= 0; direct I/O needs aligned offsets");
        }
        if (sizeBytes <= 0 || sizeBytes % BLOCK != 0) {
            throw new IllegalArgumentException("writer region [" + sizeBytes + " B] must be a positive multiple of "
                    + "4096");
        }
        if (loadIops < 0) {
            throw new IllegalArgumentException("writer IOPS cap [" + loadIops + "] must be >= 0 (0: no cap)");
        }
        if (runtime.compareTo(Duration.ofSeconds(1)) < 0 || runtime.toMillis() % 1000 != 0) {
            throw new IllegalArgumentException("writer runtime [" + runtime + "] must be whole seconds, at least 1 s");
        }
    }

    /** A writer whose region starts at the first MiB boundary at or after the golden data [0, goldenBytes). */
    public static FailoverWriterJob after(long goldenBytes, long sizeBytes, Duration runtime) {
        if (goldenBytes < 0) {
            throw new IllegalArgumentException("golden data size [" + goldenBytes + " B] must be >= 0");
        }
        return new FailoverWriterJob(Math.floorDiv(goldenBytes + MIB - 1, MIB) * MIB, sizeBytes, runtime, 0);
    }

    /** This writer with its load job capped at {@code iops} (0: no cap). */
    public FailoverWriterJob withLoadIops(long iops) {
        return new FailoverWriterJob(offsetBytes, sizeBytes, runtime, iops);
    }

    /** Where the region ends: the volume (or file) must hold at least this many bytes. */
    public long endBytes() {
        return Math.addExact(offsetBytes, sizeBytes);
    }

    private List<String> load() {
        List<String> lines = new ArrayList<>(List.of("[" + LOAD + "]", "iodepth=4",
                "write_iops_log=${SCRATCH}/" + LOAD, "log_avg_msec=1000"));
        if (loadIops > 0) {
            lines.add("rate_iops=" + loadIops);
        }
        return lines;
    }

    /**
     * The job file. {@code create_on_open=1}: without it fio 3.33 lays out a file shorter than offset + size anew,
     * unlinking it first, which destroys the golden data. {@code continue_on_error=io}: I/O errors during the
     * failover are counted ({@link FioReport#errorCount}) instead of ending the writer at the first one.
     */
    public String render() {
        String comment = "failover writer: " + LOAD + " + " + CANARY + ", 4k random writes in [" + offsetBytes + ", "
                + endBytes() + ") of " + JobText.TARGET + " for " + runtime.toSeconds() + " s";
        return JobText.sections(comment, List.of(
                List.of("[global]", "filename=" + JobText.TARGET, "offset=" + offsetBytes, "size=" + sizeBytes,
                        "create_on_open=1", "rw=randwrite", "bs=4k", "ioengine=libaio", "direct=1", "time_based",
                        "runtime=" + runtime.toSeconds(), "continue_on_error=io", "log_unix_epoch=1",
                        "lat_percentiles=1"),
                load(),
                List.of("[" + CANARY + "]", "iodepth=1", "thinktime=5ms", "thinktime_blocks=1",
                        "write_lat_log=${SCRATCH}/" + CANARY)));
    }
}
