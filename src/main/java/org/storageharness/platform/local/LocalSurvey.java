package org.storageharness.platform.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.storageharness.suite.LocalVolume;

/**
 * What the local platform would create for an engine and how much room it has, found without writing anything (no
 * directory, no file, no direct-I/O probe): for a plan.
 */
public final class LocalSurvey {

    /**
     * One engine's files.
     *
     * @param location the engine's directory, or its device
     * @param created directories the run would create (and remove afterwards), outermost first; empty when none
     * @param file the data file fio writes, or the device it writes over
     * @param needBytes bytes the run writes there at most; 0 when not known (job files)
     * @param fileSystem the filesystem's type, or {@code block device}
     * @param usableBytes what that filesystem has free for this user; -1 for a device
     * @param problems what would stop the run: a device in use, no room, a folder it may not write in
     */
    public record EngineFiles(Path location, List<Path> created, Path file, long needBytes, String fileSystem,
                              long usableBytes, List<String> problems) {

        public EngineFiles {
            created = List.copyOf(created);
            problems = List.copyOf(problems);
        }
    }

    private LocalSurvey() {
    }

    /**
     * @param needBytes what the run writes into the engine's data files at most
     * @param fileName the data file's name in the engine's directory
     */
    public static EngineFiles survey(LocalVolume volume, long needBytes, String fileName) {
        if (volume.isDevice()) {
            return new EngineFiles(volume.device(), List.of(), volume.device(), needBytes, "block device", -1,
                    new BlockDeviceGuard().problems(volume.device()));
        }
        Path dir = volume.directory().toAbsolutePath().normalize();
        Deque<Path> missing = new ArrayDeque<>();
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            missing.push(existing);
            existing = existing.getParent();
        }
        if (existing == null) {
            return new EngineFiles(dir, List.copyOf(missing), dir.resolve(fileName), needBytes, "unknown", 0,
                    List.of("no part of [" + dir + "] exists"));
        }
        long usable = usable(existing);
        return new EngineFiles(dir, List.copyOf(missing), dir.resolve(fileName), needBytes,
                DirectIoProbe.fileSystem(existing), usable, problems(dir, existing, needBytes, usable));
    }

    private static List<String> problems(Path dir, Path existing, long needBytes, long usable) {
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(existing)) {
            problems.add("[" + existing + "] is not a directory, so [" + dir + "] cannot be created");
        } else if (!Files.isWritable(existing)) {
            problems.add("[" + existing + "] is not writable for this user, so the data file in [" + dir
                    + "] cannot be " + (existing.equals(dir) ? "written" : "created"));
        }
        if (needBytes > usable) {
            problems.add("the run writes up to [" + mib(needBytes) + "] in [" + dir + "] but its filesystem has ["
                    + mib(usable) + "] free; free space, lower the workloads' [size], or use another directory");
        }
        return problems;
    }

    private static long usable(Path existing) {
        try {
            return Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            return 0;
        }
    }

    private static String mib(long bytes) {
        return (bytes >> 20) + " MiB";
    }
}
