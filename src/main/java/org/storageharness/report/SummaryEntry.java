package org.storageharness.report;

import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.storageharness.run.RunVerdict;

/**
 * The "Run summary" entry of the Allure report: a passed result of its own whose description is the summary with its
 * charts inline, with the tables (HTML, Markdown), the results record and the charts (PNG) attached. It is written
 * when the run ends, outside any test, straight into the results folder.
 *
 * @param descriptionHtml the summary as the entry shows it
 * @param resultsFile     the run's results.json
 * @param verdict         how the run ended: the entry passes, fails when nothing ran ({@code Nothing ran:}), is broken
 *                        when a signal stopped the run ({@code Interrupted:}), skipped when an empty run was allowed
 */
record SummaryEntry(String suiteName, String descriptionHtml, String html, String markdown, Path resultsFile,
                    List<RenderedChart> charts, RunVerdict verdict) {

    /** Writes the entry and its attachments into {@code allureResults}. */
    void write(Path allureResults) {
        AllureLifecycle lifecycle = new AllureLifecycle(new FileSystemResultsWriter(allureResults));
        String uuid = UUID.randomUUID().toString();
        String name = "Run summary · " + suiteName;
        TestResult result = new TestResult().setUuid(uuid).setName(name).setFullName("storage-harness." + name)
                .setHistoryId("run-summary-" + suiteName).setStatus(status())
                .setStatusDetails(new StatusDetails().setMessage(verdict.message()))
                .setDescriptionHtml(Html.fragment(descriptionHtml))
                .setLabels(AllureLabels.summary(suiteName).replace(new ArrayList<>()));
        lifecycle.scheduleTestCase(result);
        lifecycle.startTestCase(uuid);
        if (!html.isEmpty()) {
            lifecycle.addAttachment("summary tables (HTML)", "text/html", ".html",
                    html.getBytes(StandardCharsets.UTF_8));
        }
        lifecycle.addAttachment("results record (JSON)", "application/json", ".json", read(resultsFile));
        if (!markdown.isEmpty()) {
            lifecycle.addAttachment("summary tables (Markdown)", "text/markdown", ".md",
                    markdown.getBytes(StandardCharsets.UTF_8));
        }
        charts.forEach(c -> lifecycle.addAttachment("chart " + c.key(), "image/png", ".png", c.png()));
        lifecycle.stopTestCase(uuid);
        lifecycle.writeTestCase(uuid);
    }

    private Status status() {
        return switch (verdict.kind()) {
            case COMPLETED -> Status.PASSED;
            case INTERRUPTED -> Status.BROKEN;
            case NOTHING_RAN -> verdict.fails() ? Status.FAILED : Status.SKIPPED;
        };
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot attach [" + file + "]", e);
        }
    }
}
