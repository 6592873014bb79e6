package org.storageharness.check;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The files that stand for {@link FakeLab}'s volumes and snapshots: made, copied, and partly lost. */
final class VolumeFiles {

    private VolumeFiles() {
    }

    /** A file of {@code bytes} zeros (sparse), as a new volume reads. */
    static void create(Path file, long bytes) {
        try (RandomAccessFile data = new RandomAccessFile(file.toFile(), "rw")) {
            data.setLength(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the fake volume [" + file + "]", e);
        }
    }

    static Path copy(Path from, Path to) {
        try {
            return Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy [" + from + "] to [" + to + "]", e);
        }
    }

    /**
     * Puts a new file of zeros of the same length in place of {@code file}: the volume came back empty. A writer that has
     * the old file open goes on writing to it, unlinked, as to a lost replica; it neither stalls nor fails.
     */
    static void replaceWithEmpty(Path file) {
        try {
            long length = Files.size(file);
            Files.delete(file);
            create(file, length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace [" + file + "] with an empty file", e);
        }
    }

    /** Zeroes the file from {@code offset} to its end, keeping its length: the data there is gone. */
    static void zeroFrom(Path file, long offset) {
        try (RandomAccessFile data = new RandomAccessFile(file.toFile(), "rw")) {
            long length = data.length();
            data.setLength(offset);
            data.setLength(length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot zero [" + file + "] from " + offset, e);
        }
    }
}
