package org.storageharness.simcluster;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Local directories that stand in for volumes and snapshots: {@code <workdir>/volumes/<pv>} holds a Filesystem volume's
 * files, or a Block volume's device as the sparse file {@value #DEVICE} of the claimed size;
 * {@code <workdir>/snapshots/<content>} is a copy of a volume's directory taken when the snapshot was created.
 */
final class VolumeStore {

    static final String DEVICE = "device";

    private final Path volumes;
    private final Path snapshots;

    VolumeStore(Path workDir) {
        this.volumes = workDir.resolve("volumes");
        this.snapshots = workDir.resolve("snapshots");
    }

    Path volume(String pv) {
        return volumes.resolve(pv);
    }

    Path device(String pv) {
        return volume(pv).resolve(DEVICE);
    }

    Path snapshot(String content) {
        return snapshots.resolve(content);
    }

    /** A new empty volume; Block volumes get a sparse device file of {@code bytes}. */
    Path create(String pv, boolean block, long bytes) {
        try {
            Path dir = Files.createDirectories(volume(pv));
            if (block) {
                try (RandomAccessFile device = new RandomAccessFile(device(pv).toFile(), "rw")) {
                    device.setLength(bytes);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the volume directory [" + volume(pv) + "]", e);
        }
    }

    /** A new volume holding a copy of {@code source} (a snapshot's or another volume's directory). */
    Path restore(String pv, Path source) {
        copy(source, volume(pv));
        return volume(pv);
    }

    /** Copies the volume's content as it is now into the snapshot directory of {@code content}. */
    Path takeSnapshot(String pv, String content) {
        copy(volume(pv), snapshot(content));
        return snapshot(content);
    }

    void deleteVolume(String pv) {
        delete(volume(pv));
    }

    void deleteSnapshot(String content) {
        delete(snapshot(content));
    }

    /**
     * Empties the volume as a new one of its size would be: its files go, and a Block volume's device comes back as a
     * sparse file of the same length (all zeros).
     */
    void wipe(String pv) {
        Path device = device(pv);
        try {
            long deviceBytes = Files.isRegularFile(device) ? Files.size(device) : -1;
            delete(volume(pv));
            Files.createDirectories(volume(pv));
            if (deviceBytes >= 0) {
                try (RandomAccessFile file = new RandomAccessFile(device.toFile(), "rw")) {
                    file.setLength(deviceBytes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot wipe the volume directory [" + volume(pv) + "]", e);
        }
    }

    // cp keeps the holes of sparse device files, which Files.copy would fill with zeros.
    static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to);
            Process cp = new ProcessBuilder("cp", "-a", "--sparse=always", from + "/.", to.toString())
                    .redirectErrorStream(true).start();
            String output = new String(cp.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!cp.waitFor(60, TimeUnit.SECONDS) || cp.exitValue() != 0) {
                throw new IOException("cp failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy [" + from + "] to [" + to + "]: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while copying [" + from + "] to [" + to + "]", e);
        }
    }

    /** Deletes a directory tree; a missing one is fine. */
    static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete [" + root + "]: " + e.getMessage(), e);
        }
    }
}
