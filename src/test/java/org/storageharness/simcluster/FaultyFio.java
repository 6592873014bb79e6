package org.storageharness.simcluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * A directory whose {@code fio} is this machine's real fio called with an option it does not know, so fio fails with
 * its own message and exit code. Pods under the fio fault get it first on their PATH.
 */
final class FaultyFio {

    static final String OPTION = "--simcluster-injected-invalid-option";

    private FaultyFio() {
    }

    static Path install(Path dir) {
        try {
            Files.createDirectories(dir);
            Path wrapper = dir.resolve("fio");
            Optional<Path> real = realFio();
            String body = real.map(fio -> "exec '" + fio + "' " + OPTION + " \"$@\"\n")
                    .orElse("echo 'fio: not installed on this machine' >&2\nexit 127\n");
            Files.writeString(wrapper, "#!/bin/sh\n# simulated fault: fio is given an invalid option\n" + body);
            if (!wrapper.toFile().setExecutable(true)) {
                throw new IOException("cannot make [" + wrapper + "] executable");
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install the faulty fio in [" + dir + "]: " + e.getMessage(), e);
        }
    }

    private static Optional<Path> realFio() {
        String path = System.getenv("PATH");
        return path == null ? Optional.empty() : Arrays.stream(path.split(File.pathSeparator))
                .filter(p -> !p.isEmpty()).map(p -> Path.of(p, "fio")).filter(Files::isExecutable).findFirst();
    }
}
