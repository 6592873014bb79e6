package org.storageharness.simcluster;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
    private final Path filesystems;

    VolumeStore(Path workDir) {
        this.volumes = workDir.resolve("volumes");
        this.snapshots = workDir.resolve("snapshots");
        this.filesystems = workDir.resolve("filesystems");
    }

    Path volumesDir() {
        return volumes;
    }

    /** Where each Filesystem volume's filesystem size is kept: a file per PV holding the size in bytes. */
    Path filesystemsDir() {
        return filesystems;
    }

    /** The size of the volume's filesystem as a pod's {@code df} reports it ({@link SimTools}); -1 when unknown. */
    long filesystemBytes(String pv) {
        try {
            Path file = filesystems.resolve(pv);
            return Files.isRegularFile(file) ? Long.parseLong(Files.readString(file).trim()) : -1;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the filesystem size of [" + pv + "]", e);
        }
    }

    /** The volume's filesystem is {@code bytes} large from now on (made, or grown by the kubelet). */
    void setFilesystemBytes(String pv, long bytes) {
        try {
            Files.createDirectories(filesystems);
            Files.writeString(filesystems.resolve(pv), Long.toString(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the filesystem size of [" + pv + "]", e);
        }
    }

    /** A Block volume's device grows to {@code bytes} (sparse), keeping its content. */
    void growDevice(String pv, long bytes) {
        try (RandomAccessFile device = new RandomAccessFile(device(pv).toFile(), "rw")) {
            device.setLength(Math.max(bytes, device.length()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot grow the device of [" + pv + "]", e);
        }
    }

    /** A new volume that is the directory of {@code source} under another name: the two share every block. */
    Path link(String pv, Path source) {
        try {
            Files.createDirectories(volumes);
            return Files.createSymbolicLink(volume(pv), source.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot link the volume [" + pv + "] to [" + source + "]", e);
        }
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

    /** Deletes the volume's directory (a linked volume: the link only) and its filesystem size. */
    void deleteVolume(String pv) {
        delete(volume(pv));
        delete(filesystems.resolve(pv));
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
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
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
