package org.storageharness.simcluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What {@code /proc} says of a process's threads: whether they are stopped, and whether one stopped inside an I/O
 * system call. Linux only; a process that is gone counts as stopped and not in I/O.
 */
final class ProcTasks {

    // pread64, pwrite64, preadv, pwritev, io_getevents, io_submit, preadv2, pwritev2, io_pgetevents, io_uring_enter
    private static final Set<Integer> X86_64_IO = Set.of(17, 18, 295, 296, 208, 209, 327, 328, 333, 426);
    private static final Set<Integer> ARM64_IO = Set.of(67, 68, 69, 70, 4, 2, 286, 287, 292, 426);

    private ProcTasks() {
    }

    /** True when every thread of the process is stopped (state T or t), or the process is gone. */
    static boolean stopped(long pid) {
        return tasks(pid).allMatch(task -> {
            String stat = read(task.resolve("stat"));
            if (stat == null) {
                return true;
            }
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state == 'T' || state == 't' || state == 'Z' || state == 'X';
        });
    }

    /**
     * True when a thread of the stopped process sits in (or just returned from) a read or write of data, so it cannot
     * take the time that ends the I/O before it is resumed. Also true where this cannot be told (unknown architecture,
     * {@code /proc/<pid>/syscall} not readable), so callers hold the process rather than probe forever.
     */
    static boolean inIo(long pid) {
        Set<Integer> io = switch (Nodes.architecture()) {
            case "amd64" -> X86_64_IO;
            case "arm64" -> ARM64_IO;
            default -> null;
        };
        if (io == null) {
            return true;
        }
        return tasks(pid).anyMatch(task -> {
            String syscall;
            try {
                syscall = Files.readString(task.resolve("syscall")).trim();
            } catch (NoSuchFileException e) {
                return false;
            } catch (IOException e) {
                return true;
            }
            String number = syscall.split(" ", 2)[0];
            return number.matches("\\d+") && io.contains(Integer.parseInt(number));
        });
    }

    /** The {@code /proc} directories of the process's threads; none once it is gone. */
    private static Stream<Path> tasks(long pid) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return tasks.toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return null;
        }
    }
}
