package org.storageharness.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storageharness.metrics.GroupMetrics;
import org.storageharness.metrics.MetricSet;
import org.storageharness.run.CaseResult;
import org.storageharness.suite.Suite;
import org.storageharness.run.CheckVerdict;
import org.storageharness.report.curve.LoadCurve;
import org.storageharness.report.curve.LoadCurveTables;

/** The run-level summary: one {@link SummaryTable} per workload (and fio group), engines as columns. */
public final class RunSummary {

    private final Suite suite;
    private final List<SummaryTable> tables;
    private final List<String> engines;
    private final List<CaseResult> results;
    private final List<LoadCurve> curves;
    private CheckMatrixTable checks = new CheckMatrixTable(List.of());
    private String verdict;

    public RunSummary(Suite suite, List<CaseResult> results) {
        this.suite = suite;
        this.results = List.copyOf(results);
        this.engines = suite.engines().stream().map(e -> e.id())
                .filter(id -> results.stream().anyMatch(r -> r.benchmarkCase().engine().id().equals(id))).toList();
        Map<String, Map<String, MetricSet>> byTitle = new LinkedHashMap<>();
        for (var workload : suite.workloads()) {
            for (CaseResult r : results) {
                if (!r.benchmarkCase().workload().id().equals(workload.id())) {
                    continue;
                }
                for (GroupMetrics g : r.groups()) {
                    String title = g.group() == null ? workload.id() : workload.id() + " / " + g.group();
                    byTitle.computeIfAbsent(title, t -> new LinkedHashMap<>())
                            .put(r.benchmarkCase().engine().id(), g.median());
                }
            }
        }
        this.curves = LoadCurve.of(suite, results);
        this.tables = new ArrayList<>();
        byTitle.forEach((title, byEngine) -> tables.add(new SummaryTable(title, engines, byEngine,
                suite.baselineEngine())));
    }

    /** Adds the run's correctness checks as a table after the benchmark tables. */
    public RunSummary withChecks(List<CheckVerdict> verdicts) {
        this.checks = new CheckMatrixTable(verdicts);
        return this;
    }

    /**
     * Says at the top how the run ended when that is not simply "completed" ({@code Interrupted: ...},
     * {@code Nothing ran: ...}).
     *
     * @param message the run's verdict message, or null
     */
    public RunSummary withVerdict(String message) {
        this.verdict = message;
        return this;
    }

    /** True when there is nothing to summarize: no benchmark results and no checks. */
    public boolean isEmpty() {
        return tables.isEmpty() && checks.isEmpty();
    }

    public List<SummaryTable> tables() {
        return tables;
    }

    public List<String> engines() {
        return engines;
    }

    /** The load curves of the swept workloads, in suite order. */
    public List<LoadCurve> curves() {
        return curves;
    }

    public String markdown(Map<String, String> environment) {
        StringBuilder sb = new StringBuilder("# Suite ").append(suite.name()).append("\n\n");
        if (!suite.description().isBlank()) {
            sb.append(suite.description().strip()).append("\n\n");
        }
        if (verdict != null) {
            sb.append("**").append(verdict).append("**\n\n");
        }
        environment.forEach((k, v) -> sb.append("- ").append(k).append(": ").append(v).append('\n'));
        String note = readingNote("In parentheses");
        sb.append('\n').append(note).append(note.isEmpty() ? "" : "\n\n");
        sb.append(SteadyNotes.summaryMarkdown(results));
        sb.append(NodeBaselineTable.notes(suite));
        NodeBaselineTable.of(suite, results).ifPresent(t -> sb.append(t.markdown()));
        sb.append(LoadCurveTables.markdown(curves));
        tables.forEach(t -> sb.append(t.markdown()).append('\n'));
        if (!checks.isEmpty()) {
            sb.append(checks.markdown()).append('\n');
        }
        return sb.toString();
    }

    /**
     * The tables, each followed by its charts, for the Allure description (the report shows the environment on its
     * own page).
     *
     * @param charts by table title, as {@link Charts#byTable} made them
     */
    public String tablesHtml(Map<String, List<RenderedChart>> charts) {
        String note = readingNote("Under the values");
        StringBuilder sb = new StringBuilder(verdict == null ? "" : "<p><strong>" + Html.escape(verdict)
                + "</strong></p>");
        sb.append(note.isEmpty() ? "" : "<p>" + Html.escape(note) + "</p>");
        sb.append(SteadyNotes.summaryHtml(results));
        NodeBaselineTable.notes(suite).lines().filter(l -> !l.isBlank())
                .forEach(l -> sb.append("<p>").append(Html.escape(l.substring(2))).append("</p>"));
        NodeBaselineTable.of(suite, results).ifPresent(t -> sb.append(t.html()));
        Map<String, String> curveCharts = new LinkedHashMap<>();
        curves.forEach(c -> curveCharts.put(c.title(), RenderedChart.row(charts.getOrDefault(c.title(), List.of()))));
        sb.append(LoadCurveTables.html(curves, curveCharts));
        tables.forEach(t -> sb.append(t.html()).append(RenderedChart.row(charts.getOrDefault(t.title(), List.of()))));
        if (!checks.isEmpty()) {
            sb.append(checks.html());
        }
        return sb.toString();
    }

    /** How to read the marks and the percentages; empty when there are none. */
    String readingNote(String where) {
        String baseline = suite.baselineEngine();
        long candidates = engines.stream().filter(e -> !e.equals(baseline)).count();
        String best = candidates < 2 ? "" : "Bold: the best engine of the row" + (baseline == null ? ". "
                : " (the baseline engine " + baseline + " not counted). ");
        if (baseline == null) {
            return best.strip();
        }
        return best + where + ": the difference to the baseline engine " + baseline + " in % of its value. The sign"
                + " follows the number (a latency three times the baseline's is +200 %); better or worse is said in"
                + " words (higher IOPS and bandwidth, lower latency and engine resources are better). ⚠: more than "
                + Math.round(BaselineDelta.SUSPICIOUS * 100) + " % better than the baseline, which usually means a"
                + " cache answered instead of the storage.";
    }

    /** The whole summary as a page of its own (summary.html), charts included. */
    public String html(Map<String, String> environment, Map<String, List<RenderedChart>> charts) {
        StringBuilder sb = new StringBuilder("<h1>Suite ").append(Html.escape(suite.name())).append("</h1>");
        sb.append("<p>").append(Html.escape(suite.description())).append("</p><table>");
        environment.forEach((k, v) -> sb.append("<tr><th>").append(Html.escape(k)).append("</th><td>")
                .append(Html.escape(v)).append("</td></tr>"));
        sb.append("</table>").append(tablesHtml(charts));
        return Html.page("Suite " + suite.name(), sb.toString());
    }
}
