package org.storageharness.report;

import io.qameta.allure.Allure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.storageharness.run.EvidenceSink;

/** Sends a case's evidence to the Allure result of the test that is running. */
public final class AllureEvidence implements EvidenceSink {

    @Override
    public void attachFile(String name, String type, Path file) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            Allure.addAttachment(name, type, in, extension(file));
        } catch (IOException e) {
            Allure.addAttachment(name + " (unreadable)", "text/plain", "cannot read [" + file + "]: " + e.getMessage());
        }
    }

    @Override
    public void attachText(String name, String type, String content) {
        Allure.addAttachment(name, type, new java.io.ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
                type.equals("text/html") ? ".html" : type.equals("text/markdown") ? ".md" : ".txt");
    }

    @Override
    public void parameter(String name, String value) {
        Allure.parameter(name, value);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".json")) {
            return ".json";
        }
        return name.endsWith(".fio") ? ".fio" : ".txt";
    }
}
