package org.storageharness.simcluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU and memory of a container's process tree, as the kubelet reports them to metrics-server: CPU time of the tree as
 * a rate over the window since the previous sample (the first window starts when the container started), memory as
 * the tree's resident set size ({@code VmRSS} in {@code /proc/<pid>/status}; 0 where there is no /proc). Thread-safe.
 */
final class ProcessTreeMeter {

    // Samples closer together than this would give a rate made of clock-tick noise: repeat the previous one.
    private static final Duration MIN_WINDOW = Duration.ofMillis(100);

    private final ProcessHandle root;
    private long windowStart = System.nanoTime();
    private long cpuAtWindowStart;
    private ResourceUsage last;

    /** Call when the container's command has just started. */
    ProcessTreeMeter(ProcessHandle root) {
        this.root = root;
    }

    /** The usage since the previous sample; empty once the container's command has ended. */
    synchronized Optional<ResourceUsage> sample() {
        if (!root.isAlive()) {
            return Optional.empty();
        }
        long now = System.nanoTime();
        Duration window = Duration.ofNanos(now - windowStart);
        if (last != null && window.compareTo(MIN_WINDOW) < 0) {
            return Optional.of(last);
        }
        List<ProcessHandle> tree = Stream.concat(Stream.of(root), root.descendants()).toList();
        long cpu = tree.stream().mapToLong(ProcessTreeMeter::cpuNanos).sum();
        // A child that exited takes its CPU time with it, so the tree's total can drop: count that as idle.
        long used = Math.max(0, cpu - cpuAtWindowStart);
        long nanoCores = window.isZero() ? 0 : Math.round(used * 1e9 / window.toNanos());
        last = new ResourceUsage(nanoCores, tree.stream().mapToLong(ProcessTreeMeter::rssBytes).sum(), window);
        windowStart = now;
        cpuAtWindowStart = cpu;
        return Optional.of(last);
    }

    private static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    private static long rssBytes(ProcessHandle process) {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        try (Stream<String> lines = Files.lines(status)) {
            return lines.filter(line -> line.startsWith("VmRSS:")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024).orElse(0L);
        } catch (IOException | UncheckedIOException e) {
            // The process ended since the tree was listed, or this system has no /proc: it holds no memory here.
            return 0;
        }
    }
}
