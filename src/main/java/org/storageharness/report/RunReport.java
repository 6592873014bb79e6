package org.storageharness.report;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.TestResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.storageharness.results.ResultsFile;
import org.storageharness.results.ResultsHistory;
import org.storageharness.results.RunRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.storageharness.run.RunSession;
import org.storageharness.suite.Metric;

/**
 * Writes the run-level report when a session ends: the summary tables (Markdown and HTML) and charts into the
 * output folder and as a "Run summary" entry in Allure, plus Allure's environment.properties.
 */
public final class RunReport {

    /** The machine-readable record of the run, beside the summary. */
    public static final String RESULTS_FILE = "results.json";

    private RunReport() {
    }

    /**
     * Writes the results record (also into {@code history}), the summary with its charts and trends, and its Allure
     * entry; returns the record.
     */
    public static RunRecord write(RunSession session, Path allureResults, ResultsHistory history,
                                  Consumer<String> log) {
        Map<String, String> env = environment(session);
        EnvironmentFile.write(allureResults, env);
        RunRecord record = RunRecords.of(session, env, Instant.now());
        Path results = ResultsFile.write(record, session.outputDir().resolve(RESULTS_FILE));
        log.accept("results record: " + results);
        history.add(record);
        RunSummary summary = new RunSummary(session.suite(), session.results()).withChecks(session.checks().verdicts());
        if (summary.isEmpty()) {
            log.accept("no case produced results; no summary written");
            return record;
        }
        Map<String, byte[]> charts = charts(summary);
        charts.putAll(TrendCharts.of(history.runs(record.suite(), record.target())));
        Rendered rendered = new Rendered(summary.markdown(env), summary.html(env), summary.tablesHtml(), charts);
        writeFiles(session.outputDir(), rendered);
        writeAllureSummary(session, rendered);
        log.accept("summary: " + session.outputDir().resolve("summary.md") + "\n"
                + rendered.markdown());
        return record;
    }

    static Map<String, String> environment(RunSession session) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("suite", session.suite().name());
        env.put("target", session.targetId());
        env.put("run", session.runId());
        env.put("repetitions", String.valueOf(session.suite().repetitions()));
        env.putAll(session.facts());
        return env;
    }

    private static Map<String, byte[]> charts(RunSummary summary) {
        return Charts.all(summary.tables(), summary.engines());
    }

    /** The trend charts inline, so the trend is the first thing seen; empty before the second run. */
    private static String trends(Map<String, byte[]> charts) {
        StringBuilder sb = new StringBuilder();
        charts.forEach((name, png) -> {
            if (name.startsWith("trend-")) {
                sb.append("<p><img alt=\"").append(name).append("\" style=\"max-width:100%\" src=\"data:image/png;base64,")
                        .append(java.util.Base64.getEncoder().encodeToString(png)).append("\"></p>");
            }
        });
        return sb.isEmpty() ? "" : "<h3>Trends over the stored runs</h3>" + sb;
    }

    private static void addFile(AllureLifecycle lifecycle, String name, String type, Path file) {
        try {
            lifecycle.addAttachment(name, type, ".json", Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot attach [" + file + "]", e);
        }
    }

    /** The summary in every form the run writes. */
    private record Rendered(String markdown, String html, String tablesHtml, Map<String, byte[]> charts) {
    }

    private static void writeFiles(Path dir, Rendered rendered) {
        try {
            Files.createDirectories(dir.resolve("charts"));
            Files.writeString(dir.resolve("summary.md"), rendered.markdown());
            Files.writeString(dir.resolve("summary.html"), rendered.html());
            for (Map.Entry<String, byte[]> c : rendered.charts().entrySet()) {
                Files.write(dir.resolve("charts").resolve(c.getKey() + ".png"), c.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the summary into [" + dir + "]", e);
        }
    }

    private static void writeAllureSummary(RunSession session, Rendered rendered) {
        AllureLifecycle lifecycle = Allure.getLifecycle();
        String uuid = UUID.randomUUID().toString();
        String name = "Run summary · " + session.suite().name();
        TestResult result = new TestResult().setUuid(uuid).setName(name).setFullName("storage-harness." + name)
                .setHistoryId("run-summary-" + session.suite().name()).setStatus(Status.PASSED)
                .setDescriptionHtml("<p>Medians per engine and workload for the whole run; charts are attached below.</p>"
                        + trends(rendered.charts()) + rendered.tablesHtml())
                .setLabels(List.of(new Label().setName("feature").setValue("summary"),
                        new Label().setName("suite").setValue("Run summary"),
                        new Label().setName("epic").setValue("suite " + session.suite().name())));
        lifecycle.scheduleTestCase(result);
        lifecycle.startTestCase(uuid);
        lifecycle.addAttachment("summary tables (HTML)", "text/html", ".html", rendered.html().getBytes());
        addFile(lifecycle, "results record (JSON)", "application/json",
                session.outputDir().resolve(RESULTS_FILE));
        lifecycle.addAttachment("summary tables (Markdown)", "text/markdown", ".md", rendered.markdown().getBytes());
        rendered.charts().forEach((key, png) -> lifecycle.addAttachment("chart " + key, "image/png", ".png", png));
        lifecycle.stopTestCase(uuid);
        lifecycle.writeTestCase(uuid);
    }
}
