package org.storageharness.platform.kube.pods;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes evidence files of a check's steps. */
public final class PodFiles {

    private PodFiles() {
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text == null ? "" : text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write [" + file + "]", e);
        }
    }
}
