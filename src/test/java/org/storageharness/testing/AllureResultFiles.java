package org.storageharness.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The test results a run left in an Allure results folder, as {@code status: message} lines. */
public final class AllureResultFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AllureResultFiles() {
    }

    /** {@code <status> <name>: <message>} of every {@code *-result.json} in {@code dir}. */
    public static List<String> read(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-result.json")).sorted()
                    .map(AllureResultFiles::line).toList();
        }
    }

    private static String line(Path file) {
        try {
            JsonNode result = JSON.readTree(file.toFile());
            return result.path("status").asText() + " " + result.path("name").asText() + ": "
                    + result.path("statusDetails").path("message").asText("");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read [" + file + "]", e);
        }
    }
}
