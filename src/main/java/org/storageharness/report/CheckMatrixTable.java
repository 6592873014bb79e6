package org.storageharness.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.storageharness.check.CheckOutcome;
import org.storageharness.run.CheckVerdict;

/** The correctness checks of a run as one table: engines as rows, checks as columns, verdict and metrics per cell. */
final class CheckMatrixTable {

    private final Map<String, Map<String, String>> cells = new LinkedHashMap<>();
    private final Set<String> checks = new LinkedHashSet<>();

    CheckMatrixTable(List<CheckVerdict> verdicts) {
        for (CheckVerdict v : verdicts) {
            checks.add(v.check().id());
            cells.computeIfAbsent(v.engine(), e -> new LinkedHashMap<>()).put(v.check().id(), cell(v));
        }
    }

    boolean isEmpty() {
        return cells.isEmpty();
    }

    private static String cell(CheckVerdict v) {
        if (v.outcome() == null) {
            return "broken";
        }
        if (v.outcome() instanceof CheckOutcome.Skipped) {
            return "skipped";
        }
        CheckOutcome.Done d = (CheckOutcome.Done) v.outcome();
        String metrics = d.metrics().entrySet().stream().map(m -> m.getKey() + " "
                + String.format(Locale.ROOT, "%.2f", m.getValue())).collect(Collectors.joining(", "));
        return (d.passed() ? "✓" : "✗ " + d.failures().get(0).split(":", 2)[0]) + (metrics.isEmpty() ? ""
                : " (" + metrics + ")");
    }

    String markdown() {
        StringBuilder sb = new StringBuilder("## Correctness checks\n\n| engine | ")
                .append(String.join(" | ", checks)).append(" |\n|---|");
        checks.forEach(c -> sb.append("---|"));
        sb.append('\n');
        cells.forEach((engine, row) -> sb.append("| ").append(engine).append(" | ").append(String.join(" | ",
                row(row))).append(" |\n"));
        return sb.toString();
    }

    String html() {
        StringBuilder sb = new StringBuilder("<h3>Correctness checks</h3><table><tr><th>engine</th>");
        checks.forEach(c -> sb.append("<th>").append(Html.escape(c)).append("</th>"));
        sb.append("</tr>");
        cells.forEach((engine, row) -> {
            sb.append("<tr><td>").append(Html.escape(engine)).append("</td>");
            row(row).forEach(c -> sb.append("<td>").append(Html.escape(c)).append("</td>"));
            sb.append("</tr>");
        });
        return sb.append("</table>").toString();
    }

    private List<String> row(Map<String, String> row) {
        List<String> out = new ArrayList<>();
        checks.forEach(c -> out.add(row.getOrDefault(c, "—")));
        return out;
    }
}
