package org.storageharness.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storageharness.metrics.GroupMetrics;
import org.storageharness.metrics.MetricSet;
import org.storageharness.run.CaseResult;
import org.storageharness.suite.Suite;

/** The run-level summary: one {@link SummaryTable} per workload (and fio group), engines as columns. */
public final class RunSummary {

    private final Suite suite;
    private final List<SummaryTable> tables;
    private final List<String> engines;
    private final List<CaseResult> results;
    private CheckMatrixTable checks = new CheckMatrixTable(List.of());

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
        this.tables = new ArrayList<>();
        byTitle.forEach((title, byEngine) -> tables.add(new SummaryTable(title, engines, byEngine,
                suite.baselineEngine())));
    }

    /** Adds the run's correctness checks as a table after the benchmark tables. */
    public RunSummary withChecks(List<org.storageharness.run.CheckVerdict> verdicts) {
        this.checks = new CheckMatrixTable(verdicts);
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

    public String markdown(Map<String, String> environment) {
        StringBuilder sb = new StringBuilder("# Suite ").append(suite.name()).append("\n\n");
        if (!suite.description().isBlank()) {
            sb.append(suite.description().strip()).append("\n\n");
        }
        environment.forEach((k, v) -> sb.append("- ").append(k).append(": ").append(v).append('\n'));
        sb.append('\n').append(baselineNote()).append(baselineNote().isEmpty() ? "" : "\n\n");
        sb.append(SteadyNotes.summaryMarkdown(results));
        tables.forEach(t -> sb.append(t.markdown()).append('\n'));
        if (!checks.isEmpty()) {
            sb.append(checks.markdown()).append('\n');
        }
        return sb.toString();
    }

    /** The tables alone, for the Allure description (the report shows the environment on its own page). */
    public String tablesHtml() {
        StringBuilder sb = new StringBuilder(baselineNote().isEmpty() ? "" : "<p>" + Html.escape(baselineNote())
                + "</p>");
        sb.append(SteadyNotes.summaryHtml(results));
        tables.forEach(t -> sb.append(t.html()));
        if (!checks.isEmpty()) {
            sb.append(checks.html());
        }
        return sb.toString();
    }

    /** How to read the percentages, when the suite names a baseline engine. */
    String baselineNote() {
        if (suite.baselineEngine() == null) {
            return "";
        }
        return "In parentheses: how much better (+) or worse (−) than the baseline engine " + suite.baselineEngine()
                + " (IOPS and bandwidth higher, latency lower is better). ⚠: more than "
                + Math.round(SummaryTable.SUSPICIOUS * 100) + " % better than the baseline, which usually means a"
                + " cache is answering instead of the storage.";
    }

    public String html(Map<String, String> environment) {
        StringBuilder sb = new StringBuilder("<h1>Suite ").append(Html.escape(suite.name())).append("</h1>");
        sb.append("<p>").append(Html.escape(suite.description())).append("</p><table>");
        environment.forEach((k, v) -> sb.append("<tr><th>").append(Html.escape(k)).append("</th><td>")
                .append(Html.escape(v)).append("</td></tr>"));
        sb.append("</table>").append(tablesHtml());
        return Html.page("Suite " + suite.name(), sb.toString());
    }
}
