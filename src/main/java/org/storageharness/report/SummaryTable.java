package org.storageharness.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.storageharness.metrics.Format;
import org.storageharness.metrics.MetricSet;
import org.storageharness.suite.Metric;

/**
 * The table users draw by hand (experiment 1): one workload, rows = metrics, columns = engines, values = medians.
 * Rows nobody measured are left out. With a baseline engine (experiment 3's raw device), every other engine's IOPS,
 * bandwidth and latency also show how much better (+) or worse (−) they are, and ⚠ where an engine beats the
 * baseline by more than {@link #SUSPICIOUS}: above the raw device usually means a cache is answering.
 *
 * @param baseline the baseline engine's id, or null
 */
public record SummaryTable(String title, List<String> engines, Map<String, MetricSet> byEngine, String baseline) {

    /** How much better than the baseline engine a result may be before it is flagged. */
    public static final double SUSPICIOUS = 0.10;

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
                new Metric(Metric.ENGINE, Metric.Quantity.MEMORY), new Metric(Metric.ENGINE, Metric.Quantity.IOPS_PER_CORE));
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
            case IOPS -> scope + " IOPS";
            case BW -> scope + " bandwidth";
            case CPU -> "Engine CPU";
            case MEMORY -> "Engine memory";
            case IOPS_PER_CORE -> "IOPS per engine CPU core";
            default -> m.quantity().key().substring(4) + " " + m.scope() + " latency";
        };
        return m.unit().isEmpty() ? label : label + " (" + m.unit() + ")";
    }

    public String cell(Metric metric, String engine) {
        OptionalDouble v = value(metric, engine);
        if (v.isEmpty()) {
            return "—";
        }
        OptionalDouble better = betterThanBaseline(metric, engine);
        if (better.isEmpty()) {
            return Format.number(v.getAsDouble());
        }
        double b = better.getAsDouble();
        return Format.number(v.getAsDouble()) + String.format(java.util.Locale.ROOT, " (%+.0f %%%s)", b * 100,
                b > SUSPICIOUS ? " ⚠" : "");
    }

    /** Relative advantage over the baseline engine (negative: worse); empty for the baseline or ungated rows. */
    public OptionalDouble betterThanBaseline(Metric metric, String engine) {
        boolean compared = metric.quantity() == Metric.Quantity.IOPS || metric.quantity() == Metric.Quantity.BW
                || metric.quantity().isLatency() || metric.quantity() == Metric.Quantity.IOPS_PER_CORE;
        OptionalDouble v = value(metric, engine);
        OptionalDouble b = baseline == null ? OptionalDouble.empty() : value(metric, baseline);
        if (!compared || engine.equals(baseline) || v.isEmpty() || b.isEmpty() || b.getAsDouble() == 0) {
            return OptionalDouble.empty();
        }
        double base = b.getAsDouble();
        double now = v.getAsDouble();
        return OptionalDouble.of(metric.quantity().higherIsBetter() ? (now - base) / base : (base - now) / base);
    }

    private OptionalDouble value(Metric metric, String engine) {
        MetricSet set = byEngine.get(engine);
        return set == null ? OptionalDouble.empty() : set.get(metric);
    }

    public String markdown() {
        StringBuilder sb = new StringBuilder("### ").append(title).append("\n\n| Metric |");
        engines.forEach(e -> sb.append(' ').append(e).append(" |"));
        sb.append("\n|:--|");
        engines.forEach(e -> sb.append(":--:|"));
        sb.append('\n');
        for (Metric m : rows()) {
            sb.append("| ").append(rowLabel(m)).append(" |");
            engines.forEach(e -> sb.append(' ').append(cell(m, e)).append(" |"));
            sb.append('\n');
        }
        return sb.toString();
    }

    public String html() {
        StringBuilder sb = new StringBuilder("<h3>").append(Html.escape(title)).append("</h3>\n<table><thead><tr>"
                + "<th>Metric</th>");
        engines.forEach(e -> sb.append("<th>").append(Html.escape(e)).append("</th>"));
        sb.append("</tr></thead><tbody>\n");
        for (Metric m : rows()) {
            sb.append("<tr><td>").append(Html.escape(rowLabel(m))).append("</td>");
            engines.forEach(e -> sb.append("<td class=\"num\">").append(cell(m, e)).append("</td>"));
            sb.append("</tr>\n");
        }
        return sb.append("</tbody></table>\n").toString();
    }
}
