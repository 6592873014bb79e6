package org.storageharness.report;

import java.util.List;
import org.storageharness.metrics.SteadyState;
import org.storageharness.run.CaseResult;

/**
 * The steady-state warning where the report shows it: on a case's page, and as a marked list in the run's summary.
 * A case that is not steady measured a moving target, so its numbers hold only for this runtime.
 */
public final class SteadyNotes {

    /** The marker before every case that is not steady. */
    public static final String MARK = "⚠ not steady";
    /** Inline, as Allure's description pane has no style sheet of ours. */
    private static final String WARNING = "<span style=\"color:#b00020;font-weight:bold\">";

    private SteadyNotes() {
    }

    /** The warning for a case's description; empty when it is steady or was not judged. */
    public static String caseHtml(CaseResult result) {
        SteadyState steady = result.steady();
        if (steady == null || steady.steady()) {
            return "";
        }
        return "<p>" + WARNING + Html.escape(MARK) + "</span>: " + Html.escape(steady.describe()) + ". Its metrics are"
                + " averages over a run whose IOPS were still moving; the charts in the step \"parse fio's reports and"
                + " logs\" show how.</p>";
    }

    /** The summary's list of cases that are not steady, in Markdown; empty when there are none. */
    public static String summaryMarkdown(List<CaseResult> results) {
        StringBuilder sb = new StringBuilder();
        for (CaseResult r : unsteady(results)) {
            sb.append("- ").append(MARK).append(": ").append(r.benchmarkCase().name()).append(" (")
                    .append(r.steady().describe()).append(")\n");
        }
        return sb.isEmpty() ? "" : "### Steady state\n\n" + sb + "\n";
    }

    /** The same in HTML. */
    public static String summaryHtml(List<CaseResult> results) {
        StringBuilder sb = new StringBuilder();
        for (CaseResult r : unsteady(results)) {
            sb.append("<li>").append(WARNING).append(Html.escape(MARK)).append("</span>: ")
                    .append(Html.escape(r.benchmarkCase().name() + " (" + r.steady().describe() + ")")).append("</li>");
        }
        return sb.isEmpty() ? "" : "<h3>Steady state</h3><ul>" + sb + "</ul>";
    }

    private static List<CaseResult> unsteady(List<CaseResult> results) {
        return results.stream().filter(r -> r.steady() != null && !r.steady().steady()).toList();
    }
}
