package org.storageharness.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/** Writes Allure's {@code environment.properties}: the facts that make results from different places comparable. */
public final class EnvironmentFile {

    private EnvironmentFile() {
    }

    public static void write(Path resultsDir, Map<String, String> facts) {
        Properties props = new Properties();
        props.putAll(facts);
        try {
            Files.createDirectories(resultsDir);
            try (var out = Files.newBufferedWriter(resultsDir.resolve("environment.properties"))) {
                props.store(out, "storage-harness run environment");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write environment.properties into [" + resultsDir + "]", e);
        }
    }
}
