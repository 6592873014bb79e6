package org.storageharness.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.run.RunVerdict;
import java.util.Arrays;

/**
 * The Run summary's Allure entry and the environment file: where they sit in the report, and text that survives a
 * machine whose default charset is ASCII (a CI runner with {@code LANG=C} runs Java 17 with ANSI_X3.4-1968).
 */
class SummaryEntryTest {

    private static final String TEXT = "⚠ · —";

    @TempDir
    Path dir;

    private JsonNode writeEntry() throws Exception {
        Path results = Files.writeString(dir.resolve("results.json"), "{\"note\": \"" + TEXT + "\"}");
        new SummaryEntry("smoke", "<p>" + TEXT + "</p>", "<html>" + TEXT + "</html>", "# " + TEXT, results,
                List.of(), new RunVerdict(RunVerdict.Kind.COMPLETED, null, false)).write(dir.resolve("allure"));
        try (Stream<Path> files = Files.list(dir.resolve("allure"))) {
            Path result = files.filter(f -> f.toString().endsWith("-result.json")).findFirst().orElseThrow();
            return new ObjectMapper().readTree(result.toFile());
        }
    }

    @Test
    void theSummarySitsBesideTheEnginesOfItsSuiteWithOneLabelOfEachKind() throws Exception {
        JsonNode entry = writeEntry();

        List<String> labels = new ArrayList<>();
        entry.get("labels").forEach(l -> labels.add(l.get("name").asText() + "=" + l.get("value").asText()));
        assertThat(labels).containsExactly("parentSuite=suite smoke", "suite=Run summary", "epic=suite smoke",
                "feature=summary");
        assertThat(entry.get("descriptionHtml").asText()).startsWith("<div class=\"sh\"><style>")
                .endsWith("<p>" + TEXT + "</p></div>");
    }

    @Test
    void attachmentsAreUtf8WhateverTheDefaultCharset() throws Exception {
        JsonNode entry = writeEntry();

        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        for (JsonNode attachment : entry.get("attachments")) {
            byte[] bytes = Files.readAllBytes(dir.resolve("allure").resolve(attachment.get("source").asText()));
            assertThat(new String(bytes, StandardCharsets.UTF_8)).as(attachment.get("name").asText()).contains(TEXT);
            assertThat(indexOf(bytes, utf8)).as(attachment.get("name").asText()).isNotNegative();
        }
    }

    @Test
    void theEnvironmentFileIsAsciiAndReadsBackTheWayAllureReadsIt() throws Exception {
        EnvironmentFile.write(dir, Map.of("kernel", TEXT, "host", "pve-1"));

        String ascii = Files.readString(dir.resolve("environment.properties"), StandardCharsets.US_ASCII);
        assertThat(ascii).as("read as ASCII without error").contains("kernel=\\u26a0 \\u00b7 \\u2014");
        Properties read = new Properties();
        try (InputStream in = Files.newInputStream(dir.resolve("environment.properties"))) {
            read.load(in);
        }
        assertThat(read).containsEntry("kernel", TEXT).containsEntry("host", "pve-1");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
