package org.storageharness.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
            StringWriter text = new StringWriter();
            props.store(text, "storage-harness run environment");
            Files.write(resultsDir.resolve("environment.properties"),
                    asciiEscaped(text.toString()).getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write environment.properties into [" + resultsDir + "]", e);
        }
    }

    /**
     * Every character beyond ASCII as {@code \\uXXXX}: Allure reads the file as ISO-8859-1 ({@code Properties.load} of
     * a stream), so a UTF-8 "—" would show as "â€”", while the escape reads back right in any charset.
     */
    static String asciiEscaped(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.chars().forEach(c -> sb.append(c < 0x80 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return sb.toString();
    }
}
