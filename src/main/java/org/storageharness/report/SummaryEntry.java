package org.storageharness.report;

import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.TestResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The "Run summary" entry of the Allure report: a passed result of its own whose description is the summary with its
 * charts inline, with the tables (HTML, Markdown), the results record and the charts (PNG) attached. It is written
 * when the run ends, outside any test, straight into the results folder.
 *
 * @param descriptionHtml the summary as the entry shows it
 * @param resultsFile     the run's results.json
 */
record SummaryEntry(String suiteName, String descriptionHtml, String html, String markdown, Path resultsFile,
                    List<RenderedChart> charts) {

    /** Writes the entry and its attachments into {@code allureResults}. */
    void write(Path allureResults) {
        AllureLifecycle lifecycle = new AllureLifecycle(new FileSystemResultsWriter(allureResults));
        String uuid = UUID.randomUUID().toString();
        String name = "Run summary · " + suiteName;
        TestResult result = new TestResult().setUuid(uuid).setName(name).setFullName("storage-harness." + name)
                .setHistoryId("run-summary-" + suiteName).setStatus(Status.PASSED)
                .setDescriptionHtml(Html.fragment(descriptionHtml))
                .setLabels(AllureLabels.summary(suiteName).replace(new ArrayList<>()));
        lifecycle.scheduleTestCase(result);
        lifecycle.startTestCase(uuid);
        lifecycle.addAttachment("summary tables (HTML)", "text/html", ".html", html.getBytes(StandardCharsets.UTF_8));
        lifecycle.addAttachment("results record (JSON)", "application/json", ".json", read(resultsFile));
        lifecycle.addAttachment("summary tables (Markdown)", "text/markdown", ".md",
                markdown.getBytes(StandardCharsets.UTF_8));
        charts.forEach(c -> lifecycle.addAttachment("chart " + c.key(), "image/png", ".png", c.png()));
        lifecycle.stopTestCase(uuid);
        lifecycle.writeTestCase(uuid);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot attach [" + file + "]", e);
        }
    }
}
