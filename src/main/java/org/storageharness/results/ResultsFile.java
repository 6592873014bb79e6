package org.storageharness.results;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.storageharness.suite.ConfigurationException;

/** Writes and reads {@code results.json}; a file of another schema or a newer version is refused with the reason. */
public final class ResultsFile {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ResultsFile() {
    }

    public static Path write(RunRecord record, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            JSON.writeValue(file.toFile(), record);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results record [" + file + "]", e);
        }
    }

    /** @throws ConfigurationException when the file is missing, not JSON, or not a results record we can read */
    public static RunRecord read(Path file) {
        if (!Files.isReadable(file)) {
            throw new ConfigurationException("results file [" + file + "] does not exist or is not readable");
        }
        try {
            JsonNode tree = JSON.readTree(file.toFile());
            String schema = tree.path("schema").asText(null);
            if (!RunRecord.SCHEMA.equals(schema)) {
                throw new ConfigurationException("results file [" + file + "] has schema [" + schema
                        + "], expected [" + RunRecord.SCHEMA + "]");
            }
            int version = tree.path("schemaVersion").asInt(0);
            if (version > RunRecord.VERSION) {
                throw new ConfigurationException("results file [" + file + "] has schema version [" + version
                        + "]; this harness reads up to [" + RunRecord.VERSION + "]: update the harness");
            }
            return JSON.treeToValue(tree, RunRecord.class);
        } catch (IOException e) {
            throw new ConfigurationException("results file [" + file + "] is not a readable results record: "
                    + e.getMessage());
        }
    }
}
