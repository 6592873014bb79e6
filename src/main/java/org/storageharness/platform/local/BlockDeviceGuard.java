package org.storageharness.platform.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.Optional;

/**
 * Refuses block devices that are in use or hold data: mounted (itself or a partition), used as swap, held by
 * device-mapper/LVM/md, or carrying a filesystem, partition-table or RAID signature (as {@code blkid -p} sees it).
 */
final class BlockDeviceGuard {

    private final Path procMounts;
    private final Path procSwaps;
    private final Path sysBlock;

    BlockDeviceGuard() {
        this(Path.of("/proc/self/mounts"), Path.of("/proc/swaps"), Path.of("/sys/class/block"));
    }

    BlockDeviceGuard(Path procMounts, Path procSwaps, Path sysBlock) {
        this.procMounts = procMounts;
        this.procSwaps = procSwaps;
        this.sysBlock = sysBlock;
    }

    /** Every reason not to write over {@code device}; empty when it is an unused, blank block device. */
    List<String> problems(Path device) {
        List<String> problems = new ArrayList<>();
        Path real;
        try {
            real = device.toRealPath();
        } catch (IOException e) {
            return List.of("device [" + device + "] does not exist");
        }
        String name = real.getFileName().toString();
        if (!Files.isDirectory(sysBlock.resolve(name))) {
            return List.of("[" + device + "] is not a block device");
        }
        List<String> names = new ArrayList<>(List.of(name));
        names.addAll(partitions(name));
        for (String n : names) {
            lines(procMounts).stream().filter(l -> l.startsWith("/dev/" + n + " ")).findFirst().ifPresent(l ->
                    problems.add("[/dev/" + n + "] is mounted at [" + l.split(" ")[1] + "]; unmount it first"));
            lines(procSwaps).stream().filter(l -> l.startsWith("/dev/" + n + " ")).findFirst().ifPresent(l ->
                    problems.add("[/dev/" + n + "] is in use as swap"));
            holders(n).forEach(h -> problems.add("[/dev/" + n + "] is held by [" + h + "] (device-mapper, LVM or md)"));
        }
        signature(real).ifPresent(sig -> problems.add("[" + device + "] holds data (" + sig + "); if it is really"
                + " meant for benchmarking, wipe it yourself with 'wipefs -a " + device + "'"));
        return problems;
    }

    private List<String> partitions(String name) {
        try (Stream<Path> children = Files.list(sysBlock.resolve(name))) {
            return children.filter(c -> Files.exists(c.resolve("partition"))).map(c -> c.getFileName().toString())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private List<String> holders(String name) {
        try (Stream<Path> children = Files.list(sysBlock.resolve(name).resolve("holders"))) {
            return children.map(c -> c.getFileName().toString()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** blkid's low-level probe: exit 0 with TYPE/PTTYPE lines when a signature is there, exit 2 when none. */
    private static Optional<String> signature(Path device) {
        try {
            Process p = new ProcessBuilder("blkid", "-p", "-o", "export", device.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.of("blkid did not answer within 30 s");
            }
            if (p.exitValue() == 2) {
                return Optional.empty();
            }
            List<String> found = out.lines().filter(l -> l.matches("(TYPE|PTTYPE|USAGE)=.*")).toList();
            return Optional.of(found.isEmpty() ? "blkid exit " + p.exitValue() + ": " + out.strip()
                    : String.join(", ", found));
        } catch (IOException e) {
            return Optional.of("cannot run blkid to look for signatures (" + e.getMessage()
                    + "); install util-linux");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while probing for signatures");
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }
}
