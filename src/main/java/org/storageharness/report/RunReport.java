package org.storageharness.report;

import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
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
import java.util.function.Supplier;
import org.storageharness.run.RunSession;
import org.storageharness.run.RunVerdict;
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
     * entry, which fails when {@code verdict} does (nothing ran, interrupted); returns the record.
     */
    public static RunRecord write(RunSession session, RunVerdict verdict, Path allureResults, ResultsHistory history,
                                  Consumer<String> log) {
        Map<String, String> env = environment(session);
        EnvironmentFile.write(allureResults, env);
        RunRecord record = RunRecords.of(session, env, Instant.now());
        Path results = ResultsFile.write(record, session.outputDir().resolve(RESULTS_FILE));
        log.accept("results record: " + results);
        history.add(record);
        RunSummary summary = new RunSummary(session.suite(), session.results()).withChecks(session.checks().verdicts())
                .withVerdict(verdict.message());
        if (summary.isEmpty() && verdict.message() == null) {
            log.accept("no case produced results; no summary written");
            writeAllureSummary(allureResults, session, verdict, null);
            return record;
        }
        Map<String, byte[]> charts = charts(summary, verdict, () -> history.runs(record.suite(), record.target()));
        Rendered rendered = new Rendered(summary.markdown(env), summary.html(env), summary.tablesHtml(), charts);
        writeFiles(session.outputDir(), rendered);
        writeAllureSummary(allureResults, session, verdict, rendered);
        log.accept("summary: " + session.outputDir().resolve("summary.md")
                + (summary.isEmpty() ? "" : "\n" + rendered.markdown()));
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

    /**
     * The charts of the summary's tables and the trends over {@code runs}. None for an interrupted run: it has seconds
     * before its JVM ends, and a JVM that is shutting down cannot encode a PNG (ImageIO's file cache registers a
     * shutdown hook), so its summary is the tables of what was measured.
     */
    private static Map<String, byte[]> charts(RunSummary summary, RunVerdict verdict, Supplier<List<RunRecord>> runs) {
        Map<String, byte[]> charts = new LinkedHashMap<>();
        if (verdict.kind() != RunVerdict.Kind.INTERRUPTED) {
            if (!summary.tables().isEmpty()) {
                charts.putAll(Charts.all(summary.tables(), summary.engines()));
            }
            charts.putAll(TrendCharts.of(runs.get()));
        }
        return charts;
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

    /**
     * @param allureResults where the entry goes: the run's Allure results folder, like the environment file
     * @param rendered the summary; null when no case produced results
     */
    private static void writeAllureSummary(Path allureResults, RunSession session, RunVerdict verdict,
                                           Rendered rendered) {
        AllureLifecycle lifecycle = new AllureLifecycle(new FileSystemResultsWriter(allureResults));
        TestResult result = summaryResult(session, verdict, rendered == null ? "<p>No case produced results.</p>"
                : "<p>Medians per engine and workload for the whole run; charts are attached below.</p>"
                + trends(rendered.charts()) + rendered.tablesHtml());
        lifecycle.scheduleTestCase(result);
        lifecycle.startTestCase(result.getUuid());
        addFile(lifecycle, "results record (JSON)", "application/json",
                session.outputDir().resolve(RESULTS_FILE));
        if (rendered != null) {
            lifecycle.addAttachment("summary tables (HTML)", "text/html", ".html", rendered.html().getBytes());
            lifecycle.addAttachment("summary tables (Markdown)", "text/markdown", ".md",
                    rendered.markdown().getBytes());
            rendered.charts().forEach((key, png) -> lifecycle.addAttachment("chart " + key, "image/png", ".png",
                    png));
        }
        lifecycle.stopTestCase(result.getUuid());
        lifecycle.writeTestCase(result.getUuid());
    }

    /**
     * The "Run summary" entry: passed, failed when nothing ran ({@code Nothing ran:}), broken when a signal stopped
     * the run ({@code Interrupted:}), skipped when an empty run was allowed; the message says which.
     */
    private static TestResult summaryResult(RunSession session, RunVerdict verdict, String descriptionHtml) {
        String name = "Run summary · " + session.suite().name();
        Status status = switch (verdict.kind()) {
            case COMPLETED -> Status.PASSED;
            case INTERRUPTED -> Status.BROKEN;
            case NOTHING_RAN -> verdict.fails() ? Status.FAILED : Status.SKIPPED;
        };
        return new TestResult().setUuid(UUID.randomUUID().toString()).setName(name)
                .setFullName("storage-harness." + name).setHistoryId("run-summary-" + session.suite().name())
                .setStatus(status).setStatusDetails(new StatusDetails().setMessage(verdict.message()))
                .setDescriptionHtml(descriptionHtml)
                .setLabels(List.of(new Label().setName("feature").setValue("summary"),
                        new Label().setName("suite").setValue("Run summary"),
                        new Label().setName("epic").setValue("suite " + session.suite().name())));
    }
}
