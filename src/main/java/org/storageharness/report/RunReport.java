package org.storageharness.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.storageharness.results.ResultsFile;
import org.storageharness.results.ResultsHistory;
import org.storageharness.results.RunRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.storageharness.run.RunSession;
import org.storageharness.run.RunVerdict;
import org.storageharness.report.curve.LoadCurveChart;

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
            new SummaryEntry(session.suite().name(), "<p>No case produced results.</p>", "", "", results, List.of(),
                    verdict).write(allureResults);
            return record;
        }
        boolean interrupted = verdict.kind() == RunVerdict.Kind.INTERRUPTED;
        SummaryEntry entry = entry(session.suite().name(), summary, env, results, interrupted ? List.of()
                : TrendCharts.of(history.runs(record.suite(), record.target())), !interrupted, verdict);
        writeFiles(session.outputDir(), entry);
        entry.write(allureResults);
        log.accept("summary: " + session.outputDir().resolve("summary.md")
                + (summary.isEmpty() ? "" : "\n" + entry.markdown()));
        return record;
    }

    /**
     * @param drawCharts false for an interrupted run: it has seconds before its JVM ends, and a JVM that is shutting
     *                   down cannot encode a PNG (ImageIO's file cache registers a shutdown hook), so its summary is the
     *                   tables of what was measured
     */
    private static SummaryEntry entry(String suite, RunSummary summary, Map<String, String> env, Path results,
                                      List<RenderedChart> trends, boolean drawCharts, RunVerdict verdict) {
        Map<String, List<RenderedChart>> charts = new LinkedHashMap<>();
        if (drawCharts) {
            summary.curves().forEach(c -> LoadCurveChart.of(c).ifPresent(chart -> charts.put(c.title(),
                    List.of(RenderedChart.render("load-curve-" + RenderedChart.fileName(c.group()), chart)))));
            charts.putAll(Charts.byTable(summary.tables()));
        }
        List<RenderedChart> all = new ArrayList<>(trends);
        charts.values().forEach(all::addAll);
        String description = "<p>Medians per engine and workload for the whole run" + (trends.isEmpty() ? ""
                : ", then the trends over the stored runs") + "; the charts are also attached below (PNG) and written"
                + " beside summary.md (PNG and SVG).</p>" + summary.tablesHtml(charts) + trends(trends);
        return new SummaryEntry(suite, description, summary.html(env, charts), summary.markdown(env), results, all,
                verdict);
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

    /** The trend charts, after this run's tables: two per engine would bury them; empty before the second run. */
    private static String trends(List<RenderedChart> trends) {
        return trends.isEmpty() ? "" : "<h3>Trends over the stored runs</h3>" + RenderedChart.row(trends);
    }

    private static void writeFiles(Path dir, SummaryEntry entry) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("summary.md"), entry.markdown());
            Files.writeString(dir.resolve("summary.html"), entry.html());
            entry.charts().forEach(c -> c.writeTo(dir.resolve("charts")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the summary into [" + dir + "]", e);
        }
    }
}
