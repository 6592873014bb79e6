package org.storageharness.suite.load;

import org.storageharness.suite.Suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds a suites/ folder in a temp dir: the real catalogs plus suite files written by a test. */
public final class SuiteFiles {

    private final Path root;

    public SuiteFiles(Path root) throws IOException {
        this.root = root;
        Path catalog = Files.createDirectories(root.resolve("suites/catalog"));
        Path real = Path.of(System.getProperty("harness.basedir", ".")).resolve("suites/catalog");
        Files.copy(real.resolve("workloads.yaml"), catalog.resolve("workloads.yaml"));
        Files.copy(real.resolve("engines.yaml"), catalog.resolve("engines.yaml"));
    }

    Path suitesDir() {
        return root.resolve("suites");
    }

    public Path write(String name, String yaml) throws IOException {
        return Files.writeString(suitesDir().resolve(name + ".yaml"), yaml);
    }

    /** Writes {@code bytes} to {@code relative} under suites/ (creating folders), replacing what was there. */
    Path writeBytes(String relative, byte[] bytes) throws IOException {
        Path file = suitesDir().resolve(relative);
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        return Files.write(file, bytes);
    }

    SuiteLoader loader() {
        return new SuiteLoader(suitesDir(), root);
    }

    /** Writes {@code yaml} as suite {@code t} and loads it without overrides. */
    Suite load(String yaml) throws IOException {
        write("t", yaml);
        return loader().load("t", Overrides.none());
    }
}
