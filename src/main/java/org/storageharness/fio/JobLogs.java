package org.storageharness.fio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One fio job's windowed logs of a case ({@code case_iops.<n>.log} and {@code case_lat.<n>.log} side by side), without
 * the job's last window: fio 3.33 writes the last window of a run into every lat log but into the iops logs of only
 * some jobs, so a total over the jobs would drop there. The lat log's last row tells where that window is.
 *
 * @param iops the iops log's windows (IOPS per direction)
 * @param latency the lat log's windows (largest total latency per direction, ns); empty when the job wrote none
 */
record JobLogs(List<LogWindows.Window> iops, List<LogWindows.Window> latency) {

    private static final Pattern FILE = Pattern.compile(CaseSeries.LOG_NAME + "_(iops|lat)\\.(\\d+)\\.log");

    /** Every job's logs under {@code dir}, in any folder below it (one per pod), in a stable order. */
    static List<JobLogs> under(Path dir, long windowMillis) {
        Map<String, Path[]> jobs = new TreeMap<>();
        for (Path file : files(dir)) {
            Matcher m = FILE.matcher(file.getFileName().toString());
            if (m.matches()) {
                jobs.computeIfAbsent(file.getParent() + "/" + m.group(2), k -> new Path[2])[m.group(1)
                        .equals("iops") ? 0 : 1] = file;
            }
        }
        return jobs.values().stream().filter(pair -> pair[0] != null)
                .map(pair -> read(pair[0], pair[1], windowMillis)).toList();
    }

    private static JobLogs read(Path iopsFile, Path latFile, long windowMillis) {
        List<LogWindows.Window> iops = windows(iopsFile, windowMillis);
        List<LogWindows.Window> latency = latFile == null ? List.of() : windows(latFile, windowMillis);
        if (latency.isEmpty()) {
            return new JobLogs(iops, latency);
        }
        long last = latency.get(latency.size() - 1).endMillis() - windowMillis / 2;
        return new JobLogs(before(iops, last), before(latency, last));
    }

    private static List<LogWindows.Window> before(List<LogWindows.Window> windows, long millis) {
        return windows.stream().filter(w -> w.endMillis() < millis).toList();
    }

    private static List<LogWindows.Window> windows(Path file, long windowMillis) {
        try {
            return LogWindows.of(LogWindows.rows(file.toString(), Files.readString(file)), windowMillis);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fio's log [" + file + "]", e);
        }
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list fio's logs in [" + dir + "]", e);
        }
    }
}
