package org.storageharness.fio;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

/**
 * IOPS per second from a windowed fio iops log ({@code write_iops_log} with {@code log_avg_msec=1000} and
 * {@code log_unix_epoch=1}), with the seconds in which nothing completed counted as 0 (see {@link LogWindows} for how
 * missing and catch-up rows are read). Read and write rows of the same second add up.
 */
public final class IopsSeries {

    private static final long SECOND_MS = 1000;

    /**
     * One second of the series.
     *
     * @param end when the second ended (the time fio logged its row, or the time a missing row was due)
     * @param iops I/Os completed per second in it, all directions together
     */
    public record Second(Instant end, long iops) {
        public Second {
            if (iops < 0) {
                throw new IllegalArgumentException("IOPS must be >= 0 but was [" + iops + "] at [" + end + "]");
            }
        }
    }

    private final String file;
    private final List<Slot> slots;

    private IopsSeries(String file, List<Slot> slots) {
        this.file = file;
        this.slots = slots;
    }

    /**
     * Reads a windowed iops log; {@code file} names it in error messages.
     *
     * @throws IllegalArgumentException for a row that is not a fio log row, times that are not epoch ms, or a
     *     per-I/O log (log_avg_msec=0: one row per I/O, not per second)
     */
    public static IopsSeries parse(String file, String content) {
        List<Slot> slots = LogWindows.of(LogWindows.rows(file, content), SECOND_MS).stream().map(Slot::new).toList();
        return new IopsSeries(file, List.copyOf(slots));
    }

    public String file() {
        return file;
    }

    /** The seconds from the log's first row to its last; empty for a log without rows. */
    public List<Second> perSecond() {
        return slots.stream().map(Slot::second).toList();
    }

    /** {@link #perSecond()} as CSV for evidence: a header {@code end_epoch_ms,iops}, then one line per second. */
    public String perSecondCsv() {
        StringBuilder csv = new StringBuilder("end_epoch_ms,iops\n");
        perSecond().forEach(s -> csv.append(s.end().toEpochMilli()).append(',').append(s.iops()).append('\n'));
        return csv.toString();
    }

    /**
     * The whole seconds that lie inside [{@code from}, {@code to}]. Seconds before the log's first row or after its
     * last count as 0 (the writer was not running, or completed nothing), so ask about a window the writer covered.
     */
    public List<Second> perSecond(Instant from, Instant to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("window ends [" + to + "] before it starts [" + from + "]");
        }
        long start = from.toEpochMilli();
        long end = to.toEpochMilli();
        long firstEnd = slots.isEmpty() ? start + SECOND_MS : slots.get(0).endMillis;
        long lastEnd = slots.isEmpty() ? start : slots.get(slots.size() - 1).endMillis;
        List<Second> out = new ArrayList<>();
        for (long e = onGridAtOrAfter(firstEnd, start + SECOND_MS); e < firstEnd && e <= end; e += SECOND_MS) {
            out.add(new Second(Instant.ofEpochMilli(e), 0));
        }
        slots.stream().filter(s -> s.endMillis - SECOND_MS >= start && s.endMillis <= end).map(Slot::second)
                .forEach(out::add);
        long after = Math.max(lastEnd + SECOND_MS, onGridAtOrAfter(lastEnd, start + SECOND_MS));
        for (long e = after; e <= end; e += SECOND_MS) {
            out.add(new Second(Instant.ofEpochMilli(e), 0));
        }
        return out;
    }

    /** The first of {@code grid + k} seconds (any whole k) that is at or after {@code min}. */
    private static long onGridAtOrAfter(long grid, long min) {
        return grid - Math.floorDiv(grid - min, SECOND_MS) * SECOND_MS;
    }

    @Override
    public String toString() {
        return "IopsSeries[" + file + ", " + slots.size() + " s]";
    }

    /** One second: the window's end and its IOPS, directions without a row counting as 0. */
    private record Slot(long endMillis, long iops) {

        Slot(LogWindows.Window window) {
            this(window.endMillis(), LongStream.range(0, 3).map(d -> Math.max(0, window.value((int) d))).sum());
        }

        Second second() {
            return new Second(Instant.ofEpochMilli(endMillis), iops);
        }
    }
}
