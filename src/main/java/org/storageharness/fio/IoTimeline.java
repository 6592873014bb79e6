package org.storageharness.fio;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

/**
 * The completions of a per-I/O fio latency log ({@code write_lat_log} with {@code log_avg_msec=0} and
 * {@code log_unix_epoch=1}), such as the failover canary's: when each I/O completed and how long it took. The longest
 * interval without a completion is the stall clients saw.
 */
public final class IoTimeline {

    private final String file;
    private final long[] completionMillis;
    private final long maxLatencyNanos;

    private IoTimeline(String file, long[] completionMillis, long maxLatencyNanos) {
        this.file = file;
        this.completionMillis = completionMillis;
        this.maxLatencyNanos = maxLatencyNanos;
    }

    /**
     * Reads a per-I/O latency log (lat, clat or slat); {@code file} names it in error messages.
     *
     * @throws IllegalArgumentException for a row that is not a fio log row, times that are not epoch ms, or a
     *     windowed log (its rows are averages, not completions)
     */
    public static IoTimeline parse(String file, String content) {
        List<LogRow> rows = LogRow.parse(file, content);
        LogRow.requireEpochTimes(file, rows);
        if (rows.stream().anyMatch(r -> r.blockSize() == 0)) {
            throw new IllegalArgumentException("fio log [" + file + "] is a windowed log (rows with bs 0), not one row "
                    + "per I/O; write the canary's log with log_avg_msec=0 (the default)");
        }
        long[] times = rows.stream().mapToLong(LogRow::timeMillis).sorted().toArray();
        long max = rows.stream().mapToLong(LogRow::value).max().orElse(-1);
        return new IoTimeline(file, times, max);
    }

    public String file() {
        return file;
    }

    /** Completion times in order. */
    public List<Instant> completions() {
        return LongStream.of(completionMillis).mapToObj(Instant::ofEpochMilli).toList();
    }

    /**
     * The longest interval inside [{@code from}, {@code to}] without a completion, counting the window's edges: a
     * window with no completion at all gives the whole window. Millisecond resolution, as fio logs.
     */
    public Duration longestGap(Instant from, Instant to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("window ends [" + to + "] before it starts [" + from + "]");
        }
        long start = from.toEpochMilli();
        long end = to.toEpochMilli();
        int i = firstAtOrAfter(start);
        long previous = start;
        long longest = 0;
        for (; i < completionMillis.length && completionMillis[i] <= end; i++) {
            longest = Math.max(longest, completionMillis[i] - previous);
            previous = completionMillis[i];
        }
        return Duration.ofMillis(Math.max(longest, end - previous));
    }

    /** The first completion at or after {@code from} (when I/O came back after a stall); empty when none. */
    public Optional<Instant> firstCompletionAfter(Instant from) {
        int i = firstAtOrAfter(from.toEpochMilli());
        return i < completionMillis.length ? Optional.of(Instant.ofEpochMilli(completionMillis[i])) : Optional.empty();
    }

    /** The longest latency logged (total latency for a lat log); empty when no I/O completed. */
    public Optional<Duration> maxLatency() {
        return maxLatencyNanos < 0 ? Optional.empty() : Optional.of(Duration.ofNanos(maxLatencyNanos));
    }

    private int firstAtOrAfter(long millis) {
        int i = Arrays.binarySearch(completionMillis, millis);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && completionMillis[i - 1] == millis) {
            i--;
        }
        return i;
    }

    @Override
    public String toString() {
        return "IoTimeline[" + file + ", " + completionMillis.length + " completions]";
    }
}
