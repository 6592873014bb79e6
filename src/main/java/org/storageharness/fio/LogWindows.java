package org.storageharness.fio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rows of a windowed fio log ({@code log_avg_msec > 0}) gathered into consecutive windows of one length, with the
 * windows fio logged nothing for put back in.
 *
 * <p>fio writes one row per direction at the end of each window, but none for a window without completions, so a stall
 * shows as missing rows: a gap of about n windows between two rows holds n - 1 empty windows. A row less than half a
 * window after the previous one is fio catching up after its own threads were paused; it joins that window, and the
 * larger value of each direction counts, so a catch-up row never invents a stall.
 */
final class LogWindows {

    /** A direction's value in a window in which fio logged no row for it. */
    static final long ABSENT = -1;

    private LogWindows() {
    }

    /** One window: when it ended and, per direction (0 read, 1 write, 2 trim), the largest value logged in it. */
    static final class Window {
        private final long endMillis;
        private final long[] values = {ABSENT, ABSENT, ABSENT};

        private Window(long endMillis) {
            this.endMillis = endMillis;
        }

        long endMillis() {
            return endMillis;
        }

        /** The direction's value, or {@link #ABSENT}. */
        long value(int ddir) {
            return values[ddir];
        }

        private void add(LogRow row) {
            values[row.ddir()] = Math.max(values[row.ddir()], row.value());
        }
    }

    /**
     * The rows of a windowed log; {@code file} names it in error messages.
     *
     * @throws IllegalArgumentException for a row that is not a fio log row, times that are not epoch ms, or a per-I/O
     *     log (log_avg_msec=0: one row per I/O, not per window)
     */
    static List<LogRow> rows(String file, String content) {
        List<LogRow> rows = LogRow.parse(file, content);
        LogRow.requireEpochTimes(file, rows);
        if (rows.stream().anyMatch(r -> r.blockSize() != 0)) {
            throw new IllegalArgumentException("fio log [" + file + "] has one row per I/O (rows with a block size), "
                    + "not one per window; write it with log_avg_msec=1000");
        }
        return rows;
    }

    /** The windows from the first row to the last, in time order; empty for no rows. */
    static List<Window> of(List<LogRow> rows, long windowMillis) {
        List<LogRow> sorted = rows.stream().sorted(Comparator.comparingLong(LogRow::timeMillis)).toList();
        List<Window> windows = new ArrayList<>();
        for (LogRow row : sorted) {
            Window last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
            if (last != null && row.timeMillis() - last.endMillis < windowMillis / 2) {
                last.add(row);
                continue;
            }
            if (last != null) {
                long missing = Math.round((row.timeMillis() - last.endMillis) / (double) windowMillis) - 1;
                for (long k = 1; k <= missing; k++) {
                    windows.add(new Window(last.endMillis + k * windowMillis));
                }
            }
            Window window = new Window(row.timeMillis());
            window.add(row);
            windows.add(window);
        }
        return windows;
    }
}
