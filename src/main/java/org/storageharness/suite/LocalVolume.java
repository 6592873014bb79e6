package org.storageharness.suite;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where an engine's I/O goes on the local target: a directory, or (opt-in) a whole block device.
 *
 * @param directory directory holding the fio data file; null when {@code device} is used
 * @param device block device written over by fio; null for a directory
 * @param destructive the user's explicit permission to destroy what is on {@code device}
 */
public record LocalVolume(Path directory, Path device, boolean destructive) {

    public LocalVolume {
        if ((directory == null) == (device == null)) {
            throw new IllegalArgumentException("exactly one of directory and device must be set");
        }
        if (device != null && !destructive) {
            throw new IllegalArgumentException("a device needs destructive=true");
        }
    }

    public static LocalVolume directory(Path directory) {
        return new LocalVolume(Objects.requireNonNull(directory), null, false);
    }

    public boolean isDevice() {
        return device != null;
    }

    public Path location() {
        return isDevice() ? device : directory;
    }
}
