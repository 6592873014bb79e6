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

    /** The length of the file: the size of the fake volume's device. */
    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of [" + file + "]", e);
        }
    }

    /** Grows the file to {@code bytes} (sparse), keeping its content: the volume expanded. */
    static void grow(Path file, long bytes) {
        try (RandomAccessFile data = new RandomAccessFile(file.toFile(), "rw")) {
            data.setLength(Math.max(bytes, data.length()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot grow [" + file + "]", e);
        }
    }

    /** Overwrites {@code bytes} at the start of the file with ones (0xff): old data damaged. */
    static void damageStart(Path file, long bytes) {
        try (RandomAccessFile data = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] ones = new byte[(int) Math.min(bytes, data.length())];
            java.util.Arrays.fill(ones, (byte) 0xff);
            data.write(ones);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot damage [" + file + "]", e);
        }
    }

    /** {@code to} as a second name of {@code from}: the same blocks, a write to one shows in the other. */
    static void link(Path from, Path to) {
        try {
            Files.createLink(to, from);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot link [" + to + "] to [" + from + "]", e);
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
