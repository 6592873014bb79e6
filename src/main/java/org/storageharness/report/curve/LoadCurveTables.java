package org.storageharness.report.curve;

import java.util.List;
import java.util.Map;
import org.storageharness.run.CaseResult;

/**
 * The load curves' section of the run summary: per swept workload a table (rows = points, per engine total IOPS and
 * the plotted latency, ✗ where the SLO broke), the SLO, each engine's {@code slo.iops}, and the curve chart.
 */
public final class LoadCurveTables {

    private LoadCurveTables() {
    }

    /** A case's {@code slo.iops} sentence for its description; empty unless it ended a curve with an SLO. */
    public static String caseHtml(CaseResult result) {
        return result.slo() == null ? "" : "<p><strong>" + escape(result.slo().note()) + "</strong></p>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public static String markdown(List<LoadCurve> curves) {
        StringBuilder sb = new StringBuilder();
        for (LoadCurve c : curves) {
            List<String> engines = List.copyOf(c.byEngine().keySet());
            sb.append("### ").append(c.title()).append("\n\n").append(c.sloLine()).append("\n\n| Point |");
            engines.forEach(e -> sb.append(' ').append(e).append(" total IOPS | ").append(e).append(' ')
                    .append(c.latency().label()).append(" (ms) |"));
            sb.append("\n|:--|").append("--:|--:|".repeat(engines.size())).append('\n');
            for (String p : c.points()) {
                sb.append("| ").append(p).append(" |");
                engines.forEach(e -> sb.append(' ').append(c.iopsCell(e, p)).append(" | ")
                        .append(c.latencyCell(e, p)).append(" |"));
                sb.append('\n');
            }
            sb.append('\n');
            c.sloNotes().forEach(n -> sb.append("- ").append(n).append('\n'));
            sb.append('\n');
        }
        return sb.toString();
    }

    /** @param chartHtml the HTML of each curve's chart, by the curve's title (absent when not drawn) */
    public static String html(List<LoadCurve> curves, Map<String, String> chartHtml) {
        StringBuilder sb = new StringBuilder();
        for (LoadCurve c : curves) {
            List<String> engines = List.copyOf(c.byEngine().keySet());
            sb.append("<h3>").append(escape(c.title())).append("</h3><p>").append(escape(c.sloLine()))
                    .append("</p>");
            sb.append("<div class=\"wide\"><table class=\"summary\"><thead><tr><th>Point</th>");
            engines.forEach(e -> sb.append("<th class=\"num\">").append(escape(e)).append("<br><small>total IOPS")
                    .append("</small></th><th class=\"num\">").append(escape(e)).append("<br><small>")
                    .append(escape(c.latency().label())).append(" (ms)</small></th>"));
            sb.append("</tr></thead><tbody>");
            for (String p : c.points()) {
                sb.append("<tr><td>").append(escape(p)).append("</td>");
                engines.forEach(e -> sb.append("<td class=\"num\">").append(c.iopsCell(e, p)).append("</td>")
                        .append("<td class=\"num\">").append(escape(c.latencyCell(e, p))).append("</td>"));
                sb.append("</tr>");
            }
            sb.append("</tbody></table></div>");
            List<String> notes = c.sloNotes();
            if (!notes.isEmpty()) {
                sb.append("<ul>");
                notes.forEach(n -> sb.append("<li>").append(escape(n)).append("</li>"));
                sb.append("</ul>");
            }
            sb.append(chartHtml.getOrDefault(c.title(), ""));
        }
        return sb.toString();
    }
}
