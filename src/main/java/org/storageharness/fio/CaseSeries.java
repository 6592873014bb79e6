package org.storageharness.fio;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongBinaryOperator;
import java.util.stream.IntStream;

/**
 * A benchmark case's series over time, from the windowed logs its fio jobs wrote (see {@link JobText#forCase}): per
 * window, the IOPS of each direction summed over every job and pod, and the largest total latency of each direction. A
 * window without a completion counts as 0 IOPS and has no latency. Logs of several jobs or pods are lined up by their
 * epoch times, so pods that started a second apart add up second by second.
 */
public final class CaseSeries {

    /** The logs' name in the job file: fio writes {@code case_iops.<job>.log} and {@code case_lat.<job>.log}. */
    public static final String LOG_NAME = "case";
    /** Windows per log at most: runs up to this many seconds log every second, longer ones over longer windows. */
    public static final int MAX_WINDOWS = 600;
    /** fio's directions, in the order of its logs' {@code ddir} column. */
    public static final List<String> DIRECTIONS = List.of("read", "write", "trim");

    /** A value at a time: seconds since the case's fio started (the end of the window), and the value. */
    public record Point(double second, double value) {
    }

    private final long windowMillis;
    private final long firstEndMillis;
    private final long[][] iops;
    private final long[][] maxLatencyNanos;

    private CaseSeries(long windowMillis, long firstEndMillis, long[][] iops, long[][] maxLatencyNanos) {
        this.windowMillis = windowMillis;
        this.firstEndMillis = firstEndMillis;
        this.iops = iops;
        this.maxLatencyNanos = maxLatencyNanos;
    }

    /** How long each logged window is for a run of {@code runtime}: 1 s, or longer so a log keeps its bound. */
    public static long windowMillis(Duration runtime) {
        return 1000 * Math.max(1, (runtime.toSeconds() + MAX_WINDOWS - 1) / MAX_WINDOWS);
    }

    /**
     * The series of the logs under {@code dir} (searched to any depth: one folder per pod), without each job's last
     * window (see {@link JobLogs}); empty when there are none.
     *
     * @param windowMillis the logs' window, {@link #windowMillis(Duration)} of the case's runtime
     * @throws IllegalArgumentException naming the file when a log is not a windowed fio log with epoch times
     */
    public static CaseSeries read(Path dir, long windowMillis) {
        List<JobLogs> jobs = JobLogs.under(dir, windowMillis).stream().filter(j -> !j.iops().isEmpty()).toList();
        long first = jobs.stream().mapToLong(j -> j.iops().get(0).endMillis()).min().orElse(0);
        int length = jobs.stream().mapToInt(j -> offset(j.iops(), first, windowMillis) + j.iops().size()).max()
                .orElse(0);
        long[][] iops = new long[3][length];
        long[][] latency = new long[3][length];
        Arrays.stream(latency).forEach(d -> Arrays.fill(d, LogWindows.ABSENT));
        for (JobLogs job : jobs) {
            add(job.iops(), iops, offset(job.iops(), first, windowMillis), Long::sum);
            if (!job.latency().isEmpty()) {
                add(job.latency(), latency, offset(job.latency(), first, windowMillis), Math::max);
            }
        }
        return new CaseSeries(windowMillis, first, iops, latency);
    }

    public long windowMillis() {
        return windowMillis;
    }

    /** How many windows the series has; 0 when fio logged nothing. */
    public int windows() {
        return iops[0].length;
    }

    public boolean isEmpty() {
        return windows() == 0;
    }

    /** The directions that did I/O, in fio's order. */
    public List<String> directions() {
        return IntStream.range(0, 3).filter(d -> Arrays.stream(iops[d]).anyMatch(v -> v > 0)
                || Arrays.stream(maxLatencyNanos[d]).anyMatch(v -> v >= 0)).mapToObj(DIRECTIONS::get).toList();
    }

    /** The direction's IOPS in every window. */
    public List<Point> iops(String direction) {
        long[] values = iops[ddir(direction)];
        return IntStream.range(0, values.length).mapToObj(w -> new Point(second(w), values[w])).toList();
    }

    /** The direction's largest total latency in ms, in the windows in which it completed I/O. */
    public List<Point> maxLatencyMillis(String direction) {
        long[] values = maxLatencyNanos[ddir(direction)];
        return IntStream.range(0, values.length).filter(w -> values[w] >= 0)
                .mapToObj(w -> new Point(second(w), values[w] / 1e6)).toList();
    }

    /** The IOPS of all directions together, window by window. */
    public List<Long> totalIops() {
        return IntStream.range(0, windows()).mapToObj(w -> iops[0][w] + iops[1][w] + iops[2][w]).toList();
    }

    /**
     * The series as CSV: {@code second,end_epoch_ms}, then {@code <direction>_iops} and {@code <direction>_max_lat_ms}
     * for each direction that did I/O; a latency cell is empty for a window without completions.
     */
    public String csv() {
        List<String> directions = directions();
        StringBuilder csv = new StringBuilder("second,end_epoch_ms");
        directions.forEach(d -> csv.append(',').append(d).append("_iops"));
        directions.forEach(d -> csv.append(',').append(d).append("_max_lat_ms"));
        csv.append('\n');
        for (int w = 0; w < windows(); w++) {
            csv.append(String.format(Locale.ROOT, "%.0f,%d", second(w), firstEndMillis + w * windowMillis));
            for (String d : directions) {
                csv.append(',').append(iops[ddir(d)][w]);
            }
            for (String d : directions) {
                long nanos = maxLatencyNanos[ddir(d)][w];
                csv.append(',').append(nanos < 0 ? "" : String.format(Locale.ROOT, "%.3f", nanos / 1e6));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private double second(int window) {
        return (window + 1) * windowMillis / 1000.0;
    }

    private static int ddir(String direction) {
        int d = DIRECTIONS.indexOf(direction);
        if (d < 0) {
            throw new IllegalArgumentException("unknown direction [" + direction + "]; allowed: " + DIRECTIONS);
        }
        return d;
    }

    /** Where the first of {@code windows} falls in a series whose first window ends at {@code firstEndMillis}. */
    private static int offset(List<LogWindows.Window> windows, long firstEndMillis, long windowMillis) {
        return Math.toIntExact(Math.round((windows.get(0).endMillis() - firstEndMillis) / (double) windowMillis));
    }

    /** Merges {@code windows} into {@code series} from window {@code offset} on; an absent value counts as none. */
    private static void add(List<LogWindows.Window> windows, long[][] series, int offset, LongBinaryOperator merge) {
        for (int w = 0; w < windows.size() && offset + w < series[0].length; w++) {
            for (int d = 0; d < 3; d++) {
                long value = windows.get(w).value(d);
                if (value != LogWindows.ABSENT) {
                    series[d][offset + w] = series[d][offset + w] == LogWindows.ABSENT ? value
                            : merge.applyAsLong(series[d][offset + w], value);
                }
            }
        }
    }
}
