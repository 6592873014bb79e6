package org.storageharness.simcluster;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The simulated engine's own copies of volume data, and what its data faults do to a volume directory: the copy taken
 * when the volume was first attached (what a replica loss reverts to), wiping, zeroing the last bytes of files.
 */
final class EngineCopies {

    private static final int ZEROS_CHUNK = 1 << 20;

    private final VolumeStore volumes;
    private final Path copies;

    EngineCopies(VolumeStore volumes, Path workDir) {
        this.volumes = volumes;
        this.copies = workDir.resolve("engine-copies");
    }

    /** Keeps the volume's content as it is now, unless a copy was kept before: only the first attach counts. */
    void keepFirstAttach(String pv) {
        Path copy = copies.resolve(pv);
        if (!Files.isDirectory(copy)) {
            VolumeStore.copy(volumes.volume(pv), copy);
        }
    }

    /**
     * Puts the first-attach copy back in place of the volume's content. A writer that has a file open keeps writing to
     * the old, now unlinked file, so its writes are lost as they would be on a replica rolled back. Without a copy
     * (never attached, so nothing was written) the volume stays as it is.
     */
    void revertToFirstAttach(String pv) {
        Path copy = copies.resolve(pv);
        if (Files.isDirectory(copy)) {
            VolumeStore.delete(volumes.volume(pv));
            VolumeStore.copy(copy, volumes.volume(pv));
        }
    }

    void wipe(String pv) {
        volumes.wipe(pv);
    }

    void forget(String pv) {
        VolumeStore.delete(copies.resolve(pv));
    }

    /** Zeroes the last {@code bytes} of every regular file under {@code dir} (all of a shorter file). */
    static void zeroTails(Path dir, long bytes) {
        List<Path> files;
        try (Stream<Path> paths = Files.walk(dir)) {
            files = paths.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the restored volume [" + dir + "]", e);
        }
        for (Path file : files) {
            zeroTail(file, bytes);
        }
    }

    /** Zeroes the first {@code bytes} of every regular file under {@code dir} (all of a shorter file). */
    static void zeroHeads(Path dir, long bytes) {
        List<Path> files;
        try (Stream<Path> paths = Files.walk(dir.toRealPath())) {
            files = paths.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the volume [" + dir + "]", e);
        }
        for (Path file : files) {
            try (RandomAccessFile data = new RandomAccessFile(file.toFile(), "rw")) {
                data.write(new byte[(int) Math.min(bytes, data.length())]);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot zero the first [" + bytes + " B] of [" + file + "]", e);
            }
        }
    }

    private static void zeroTail(Path file, long bytes) {
        try (RandomAccessFile data = new RandomAccessFile(file.toFile(), "rw")) {
            long length = data.length();
            long position = Math.max(0, length - bytes);
            byte[] zeros = new byte[(int) Math.min(ZEROS_CHUNK, Math.max(1, length - position))];
            data.seek(position);
            while (position < length) {
                int n = (int) Math.min(zeros.length, length - position);
                data.write(zeros, 0, n);
                position += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot zero the last [" + bytes + " B] of [" + file + "]", e);
        }
    }
}
