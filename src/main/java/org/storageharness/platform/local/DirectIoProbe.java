package org.storageharness.platform.local;

import com.sun.nio.file.ExtendedOpenOption;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Finds out whether a directory's filesystem accepts direct I/O (O_DIRECT) by writing one aligned block with it.
 * ramfs never does; tmpfs only from Linux 6.6.
 */
final class DirectIoProbe {

    private static final int BLOCK = 4096;

    private DirectIoProbe() {
    }

    /** Empty when direct I/O works in {@code dir}; otherwise why not, with the filesystem type. */
    static Optional<String> problem(Path dir) {
        Path probe = dir.resolve(".storage-harness-odirect-probe");
        try (FileChannel ch = FileChannel.open(probe, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE, ExtendedOpenOption.DIRECT)) {
            ByteBuffer buffer = ByteBuffer.allocateDirect(BLOCK * 2).alignedSlice(BLOCK);
            buffer.limit(BLOCK);
            ch.write(buffer, 0);
            return Optional.empty();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.of("the filesystem [" + fileSystem(dir) + "] of [" + dir + "] does not support direct I/O"
                    + " (O_DIRECT: " + e.getMessage() + "); ramfs never does and tmpfs only from Linux 6.6 (this"
                    + " kernel: " + HostFacts.kernelRelease() + "). Use a directory on a disk-backed filesystem,"
                    + " or set [direct: 0] in the workload's fio options");
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException ignored) {
                // DELETE_ON_CLOSE normally removed it already; a leftover probe file is harmless.
            }
        }
    }

    static String fileSystem(Path dir) {
        try {
            return Files.getFileStore(dir).type();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
