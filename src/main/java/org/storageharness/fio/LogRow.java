package org.storageharness.fio;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of a fio iops/bw/latency log: {@code time_ms, value, ddir, bs, offset[, prio]}.
 *
 * @param timeMillis when fio logged it: epoch ms with {@code log_unix_epoch=1}
 * @param value latency in ns, IOPS or KiB/s, depending on the log
 * @param ddir 0 read, 1 write, 2 trim
 * @param blockSize the I/O's size in a per-I/O log, 0 in a windowed log ({@code log_avg_msec > 0})
 */
record LogRow(long timeMillis, long value, int ddir, long blockSize) {

    /** Times below this (2001-09-09) are ms since the job started, not since the epoch. */
    private static final long EPOCH_FLOOR_MILLIS = 1_000_000_000_000L;
    private static final String FORMAT = "expected 'time_ms, value, ddir, bs, offset[, prio]' as fio's write_*_log "
            + "options write it";

    LogRow {
        if (timeMillis < 0 || value < 0 || ddir < 0 || ddir > 2 || blockSize < 0) {
            throw new IllegalArgumentException("not a fio log row [time " + timeMillis + ", value " + value
                    + ", ddir " + ddir + ", bs " + blockSize + "]: times, values and sizes are >= 0, ddir is 0..2");
        }
    }

    /**
     * Parses a whole log. Blank lines are skipped; a last line without its newline is a row fio (or the pod log) was
     * cut off in, so it is dropped unless it is complete.
     *
     * @throws IllegalArgumentException naming the file and line of the first row that is not a fio log row
     */
    static List<LogRow> parse(String file, String content) {
        List<LogRow> rows = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            boolean unterminated = i == lines.length - 1;
            if (line.isEmpty()) {
                continue;
            }
            LogRow row = row(line);
            if (row == null && !unterminated) {
                throw new IllegalArgumentException("fio log [" + file + "] line [" + (i + 1) + "] is not a fio log "
                        + "row [" + abbreviate(line) + "]: " + FORMAT);
            }
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * Rejects logs whose times are relative to the job start: compared with wall-clock instants they would put every
     * completion outside the window, which looks like a total stall.
     */
    static void requireEpochTimes(String file, List<LogRow> rows) {
        if (!rows.isEmpty() && rows.get(0).timeMillis < EPOCH_FLOOR_MILLIS) {
            throw new IllegalArgumentException("fio log [" + file + "] has times relative to the job start [first "
                    + rows.get(0).timeMillis + " ms], not epoch ms; write it with log_unix_epoch=1");
        }
    }

    private static LogRow row(String line) {
        String[] fields = line.split(",", -1);
        if (fields.length < 5 || fields.length > 6) {
            return null;
        }
        long[] numbers = new long[fields.length];
        for (int f = 0; f < fields.length; f++) {
            try {
                numbers[f] = Long.parseLong(fields[f].strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        try {
            return new LogRow(numbers[0], numbers[1], Math.toIntExact(numbers[2]), numbers[3]);
        } catch (IllegalArgumentException | ArithmeticException e) {
            return null;
        }
    }

    private static String abbreviate(String line) {
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }
}
