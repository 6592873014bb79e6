package org.storageharness.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import org.storageharness.metrics.Format;
import org.storageharness.metrics.MetricSet;
import org.storageharness.suite.Metric;

/**
 * The table users draw by hand (experiment 1): one workload, rows = metrics, columns = engines, values = medians.
 * Rows nobody measured are left out; the best engine of each row is marked. With a baseline engine (experiment 3's
 * raw device), every other engine's values also show their {@link BaselineDelta difference} to it.
 *
 * @param baseline the baseline engine's id, or null
 */
public record SummaryTable(String title, List<String> engines, Map<String, MetricSet> byEngine, String baseline) {

    private static final List<Metric.Quantity> ROW_ORDER = List.of(Metric.Quantity.BW, Metric.Quantity.IOPS,
            Metric.Quantity.IO, Metric.Quantity.LAT_MEAN, Metric.Quantity.LAT_P50, Metric.Quantity.LAT_P90,
            Metric.Quantity.LAT_P99, Metric.Quantity.LAT_P999, Metric.Quantity.LAT_P9999, Metric.Quantity.LAT_MAX);

    public SummaryTable {
        engines = List.copyOf(engines);
        byEngine = new LinkedHashMap<>(byEngine);
    }

    public SummaryTable(String title, List<String> engines, Map<String, MetricSet> byEngine) {
        this(title, engines, byEngine, null);
    }

    /** Metrics in table order that at least one engine measured. */
    public List<Metric> rows() {
        List<Metric> rows = new ArrayList<>();
        List<Metric> engine = List.of(new Metric(Metric.ENGINE, Metric.Quantity.CPU),
                new Metric(Metric.ENGINE, Metric.Quantity.MEMORY), new Metric(Metric.ENGINE, Metric.Quantity.IOPS_PER_CORE),
                Metric.SLO_IOPS);
        for (Metric.Quantity q : ROW_ORDER) {
            for (String scope : Metric.SCOPES) {
                if (scope.equals("total") && q.isLatency()) {
                    continue;
                }
                Metric m = new Metric(scope, q);
                if (byEngine.values().stream().anyMatch(s -> s.get(m).isPresent())) {
                    rows.add(m);
                }
            }
        }
        engine.stream().filter(m -> byEngine.values().stream().anyMatch(s -> s.get(m).isPresent()))
                .forEach(rows::add);
        return rows;
    }

    /** {@code Read bandwidth (MiB/s)}, {@code Avg write latency (ms)}, {@code p99.9 read latency (ms)}. */
    public static String rowLabel(Metric m) {
        String scope = Character.toUpperCase(m.scope().charAt(0)) + m.scope().substring(1);
        String label = switch (m.quantity()) {
            case LAT_MEAN -> "Avg " + m.scope() + " latency";
            case LAT_MAX -> "Max " + m.scope() + " latency";
            case IO -> "I/O " + (m.scope().equals("write") ? "written" : m.scope().equals("read") ? "read" : "total");
            case IOPS -> m.equals(Metric.SLO_IOPS) ? "IOPS at the SLO (slo.iops)" : scope + " IOPS";
            case BW -> scope + " bandwidth";
            case CPU -> "Engine CPU";
            case MEMORY -> "Engine memory";
            case IOPS_PER_CORE -> "IOPS per engine CPU core";
            default -> m.quantity().key().substring(4) + " " + m.scope() + " latency";
        };
        return m.unit().isEmpty() ? label : label + " (" + m.unit() + ")";
    }

    /** The Markdown cell: the value (bold for the row's best engine), and its difference to the baseline engine. */
    public String cell(Metric metric, String engine) {
        OptionalDouble v = value(metric, engine);
        if (v.isEmpty()) {
            return "—";
        }
        String number = Format.number(v.getAsDouble());
        String shown = best(metric).contains(engine) ? "**" + number + "**" : number;
        return shown + delta(metric, engine).map(d -> " (" + d.text() + ")").orElse("");
    }

    private String htmlCell(Metric metric, String engine) {
        OptionalDouble v = value(metric, engine);
        if (v.isEmpty()) {
            return "<td class=\"num\">—</td>";
        }
        boolean best = best(metric).contains(engine);
        return "<td class=\"num" + (best ? " best" : "") + "\">" + Format.number(v.getAsDouble())
                + delta(metric, engine).map(d -> "<br>" + d.html()).orElse("") + "</td>";
    }

    /** The difference to the baseline engine; empty for the baseline itself, I/O volume, and where either lacks it. */
    public Optional<BaselineDelta> delta(Metric metric, String engine) {
        OptionalDouble v = value(metric, engine);
        OptionalDouble b = baseline == null ? OptionalDouble.empty() : value(metric, baseline);
        if (!ranked(metric) || engine.equals(baseline) || v.isEmpty() || b.isEmpty() || b.getAsDouble() == 0) {
            return Optional.empty();
        }
        return Optional.of(new BaselineDelta(v.getAsDouble(), b.getAsDouble(), metric.quantity().higherIsBetter()));
    }

    /**
     * The engines with the best value of the row, the baseline engine not counted (it is the yardstick, not a
     * candidate); none unless two or more engines compete.
     */
    public Set<String> best(Metric metric) {
        List<String> candidates = engines.stream().filter(e -> !e.equals(baseline))
                .filter(e -> value(metric, e).isPresent()).toList();
        if (!ranked(metric) || candidates.size() < 2) {
            return Set.of();
        }
        DoubleStream values = candidates.stream().mapToDouble(e -> value(metric, e).getAsDouble());
        double top = metric.quantity().higherIsBetter() ? values.max().getAsDouble() : values.min().getAsDouble();
        return candidates.stream().filter(e -> value(metric, e).getAsDouble() == top).collect(Collectors.toSet());
    }

    /** Rows where more or less is better; the I/O volume moved only follows the runtime. */
    private static boolean ranked(Metric metric) {
        return metric.quantity() != Metric.Quantity.IO;
    }

    private OptionalDouble value(Metric metric, String engine) {
        MetricSet set = byEngine.get(engine);
        return set == null ? OptionalDouble.empty() : set.get(metric);
    }

    public String markdown() {
        StringBuilder sb = new StringBuilder("### ").append(title).append("\n\n| Metric |");
        engines.forEach(e -> sb.append(' ').append(e).append(e.equals(baseline) ? " (baseline)" : "").append(" |"));
        sb.append("\n|:--|");
        engines.forEach(e -> sb.append("--:|"));
        sb.append('\n');
        for (Metric m : rows()) {
            sb.append("| ").append(rowLabel(m)).append(" |");
            engines.forEach(e -> sb.append(' ').append(cell(m, e)).append(" |"));
            sb.append('\n');
        }
        return sb.toString();
    }

    public String html() {
        StringBuilder sb = new StringBuilder("<h3>").append(Html.escape(title))
                .append("</h3>\n<div class=\"wide\"><table class=\"summary\"><thead><tr><th>Metric</th>");
        engines.forEach(e -> sb.append("<th class=\"num\">").append(Html.escape(e))
                .append(e.equals(baseline) ? "<br><small>baseline</small>" : "").append("</th>"));
        sb.append("</tr></thead><tbody>\n");
        for (Metric m : rows()) {
            sb.append("<tr><td>").append(Html.escape(rowLabel(m))).append("</td>");
            engines.forEach(e -> sb.append(htmlCell(m, e)));
            sb.append("</tr>\n");
        }
        return sb.append("</tbody></table></div>\n").toString();
    }
}
