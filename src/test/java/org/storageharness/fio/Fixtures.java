package org.storageharness.fio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Real fio outputs in src/test/resources/fio (made by make-fixtures.sh there; see its README). */
final class Fixtures {

    private static final Path DIR = Path.of(System.getProperty("harness.basedir", "."), "src/test/resources/fio");

    private Fixtures() {
    }

    static String text(String name) {
        try {
            return Files.readString(DIR.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** fio's exit code for a fixture, recorded beside it as {@code <base>.rc}. */
    static int exitCode(String base) {
        return Integer.parseInt(text(base + ".rc").trim());
    }

    static String stderr(String base) {
        Path file = DIR.resolve(base + ".stderr.txt");
        return Files.exists(file) ? text(base + ".stderr.txt") : "";
    }

    static FioReport report(String name) {
        return new FioOutputParser().parse(text(name));
    }
}
