package org.storageharness.report;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.storageharness.metrics.Format;
import org.storageharness.metrics.GroupMetrics;
import org.storageharness.metrics.MetricSet;
import org.storageharness.metrics.Spread;
import org.storageharness.metrics.Violation;
import org.storageharness.run.CaseResult;
import org.storageharness.suite.Metric;
import org.storageharness.suite.Threshold;
import java.util.Locale;

/** A case's metrics table (HTML): median, each repetition, and the thresholds that apply with their verdicts. */
public final class CaseTable {

    private CaseTable() {
    }

    /** A standalone page (for the attachment). */
    public static String html(CaseResult result, List<Threshold> thresholds) {
        return Html.page(result.benchmarkCase().name(), "<h2>" + Html.escape(result.benchmarkCase().name()) + "</h2>"
                + fragment(result, thresholds));
    }

    /** The case's description for Allure: the workload's text, then the metrics tables. */
    public static String description(String text, CaseResult result, List<Threshold> thresholds) {
        return Html.fragment("<p>" + Html.escape(text) + "</p>" + fragment(result, thresholds));
    }

    /** The tables alone, for embedding. */
    public static String fragment(CaseResult result, List<Threshold> thresholds) {
        StringBuilder sb = new StringBuilder();
        Set<Threshold> broken = result.violations().stream().map(Violation::threshold).collect(Collectors.toSet());
        for (GroupMetrics group : result.groups()) {
            if (group.group() != null) {
                sb.append("<h3>group ").append(Html.escape(group.group())).append("</h3>");
            }
            sb.append(table(group, thresholds, broken));
        }
        return sb.toString();
    }

    private static String table(GroupMetrics group, List<Threshold> thresholds, Set<Threshold> broken) {
        int reps = group.repetitions().size();
        StringBuilder sb = new StringBuilder("<table><thead><tr><th>Metric</th><th>")
                .append(reps > 1 ? "Median" : "Value").append("</th>");
        for (int i = 1; reps > 1 && i <= reps; i++) {
            sb.append("<th>#").append(i).append("</th>");
        }
        sb.append(reps > 1 ? "<th>Spread</th>" : "").append("<th>Threshold</th></tr></thead><tbody>");
        for (Metric m : group.median().values().keySet()) {
            sb.append("<tr><td>").append(Html.escape(SummaryTable.rowLabel(m))).append("</td>")
                    .append(num(group.median(), m));
            if (reps > 1) {
                group.repetitions().forEach(r -> sb.append(num(r, m)));
                double spread = Spread.of(m, group.median().get(m).orElse(0), group.repetitions()).relative();
                sb.append(String.format(Locale.ROOT, "<td class=\"num\">%.1f %%</td>", spread * 100));
            }
            sb.append("<td>").append(thresholdCell(m, thresholds, broken)).append("</td></tr>");
        }
        return sb.append("</tbody></table>").toString();
    }

    private static String num(MetricSet set, Metric m) {
        return "<td class=\"num\">" + set.get(m).stream().mapToObj(Format::number).findFirst().orElse("—") + "</td>";
    }

    private static String thresholdCell(Metric m, List<Threshold> thresholds, Set<Threshold> broken) {
        return thresholds.stream().filter(t -> t.metric().equals(m)).map(t -> {
            String text = t.operator() + " " + Format.value(m, t.limit());
            return broken.contains(t) ? "<span class=\"bad\">" + Html.escape(text) + " ✗</span>"
                    : Html.escape(text) + " ✓";
        }).collect(Collectors.joining("<br>"));
    }
}
