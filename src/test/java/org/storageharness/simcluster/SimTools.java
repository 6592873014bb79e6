package org.storageharness.simcluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * A directory first on every pod's PATH with the tools through which a pod sees its volume's size: {@code df} reports
 * a Filesystem volume's size as the simulated CSI driver and kubelet made it ({@link VolumeStore#filesystemBytes}, not
 * the size of the disk under the directory), {@code blockdev --getsize64} a Block volume's device file's length. Other
 * paths and options go to this machine's own tools.
 */
final class SimTools {

    private SimTools() {
    }

    static Path install(Path dir, VolumeStore volumes) {
        try {
            Files.createDirectories(dir);
            write(dir.resolve("df"), String.join("\n", "#!/bin/sh",
                    "# simulated cluster: a volume's filesystem is as large as its CSI driver and kubelet made it",
                    "p=",
                    "for a in \"$@\"; do case \"$a\" in -*) ;; *) p=\"$a\" ;; esac; done",
                    "case \"$p\" in",
                    "  '" + volumes.volumesDir() + "'/*)",
                    "    pv=${p#'" + volumes.volumesDir() + "'/}; pv=${pv%%/*}",
                    "    f='" + volumes.filesystemsDir() + "'/\"$pv\"",
                    "    if [ -f \"$f\" ]; then",
                    "      kib=$(( $(cat \"$f\") / 1024 ))",
                    "      echo 'Filesystem 1024-blocks Used Available Capacity Mounted on'",
                    "      echo \"simcsi-$pv $kib 0 $kib 0% $p\"",
                    "      exit 0",
                    "    fi ;;",
                    "esac",
                    real("df"), ""));
            write(dir.resolve("blockdev"), String.join("\n", "#!/bin/sh",
                    "# simulated cluster: a Block volume's device is a sparse file as long as the device is large",
                    "if [ \"$1\" = --getsize64 ] && [ -f \"$2\" ]; then exec stat -c %s \"$2\"; fi",
                    real("blockdev"), ""));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install the simulated df and blockdev in [" + dir + "]", e);
        }
    }

    private static String real(String tool) {
        Optional<Path> found = Optional.ofNullable(System.getenv("PATH")).stream()
                .flatMap(p -> Arrays.stream(p.split(File.pathSeparator))).filter(p -> !p.isEmpty())
                .map(p -> Path.of(p, tool)).filter(Files::isExecutable).findFirst();
        return found.map(p -> "exec '" + p + "' \"$@\"").orElse("echo '" + tool + ": not installed' >&2; exit 127");
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text);
        if (!file.toFile().setExecutable(true)) {
            throw new IOException("cannot make [" + file + "] executable");
        }
    }
}
