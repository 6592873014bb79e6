package org.storageharness.platform.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.HashSet;

/**
 * Remembers what the local target created (directories, data files, files a user's job file made in a watched
 * directory) and removes exactly that, newest first. Safe to run twice (close and shutdown hook).
 */
final class Cleanup {

    private final Deque<Path> createdDirectories = new ArrayDeque<>();
    private final Set<Path> files = new LinkedHashSet<>();
    private final Map<Path, Set<Path>> watched = new HashMap<>();

    private final Set<Path> spared = new HashSet<>();

    synchronized void createDirectories(Path dir) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = dir.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) {
            missing.push(p);
        }
        Files.createDirectories(dir);
        missing.forEach(createdDirectories::push);
    }

    synchronized void deleteOnClose(Path file) {
        files.add(file);
    }

    /** Remembers what {@code dir} holds now, so files that appear later are known to be ours. */
    synchronized void watch(Path dir) {
        watched.computeIfAbsent(dir, Cleanup::list);
    }

    /** Never removes {@code file}, even when it appeared in a watched directory (kept data). */
    synchronized void spare(Path file) {
        spared.add(file);
    }

    synchronized void run() {
        watched.forEach((dir, before) -> list(dir).stream().filter(f -> !before.contains(f))
                .filter(Files::isRegularFile).filter(f -> !spared.contains(f)).forEach(files::add));
        watched.clear();
        files.forEach(Cleanup::delete);
        files.clear();
        while (!createdDirectories.isEmpty()) {
            Path dir = createdDirectories.pop();
            if (list(dir).isEmpty()) {
                delete(dir);
            }
        }
    }

    private static Set<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.collect(Collectors.toSet());
        } catch (IOException e) {
            return Set.of();
        }
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            System.err.println("storage-harness: could not remove [" + p + "]: " + e.getMessage());
        }
    }
}
