package org.storageharness.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.storageharness.metrics.Format;
import org.storageharness.metrics.GroupMetrics;
import org.storageharness.metrics.MetricSet;
import org.storageharness.run.CaseResult;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.Metric;
import org.storageharness.suite.NodeVolume;
import org.storageharness.suite.Suite;

/**
 * Experiment 3's table, when the suite's {@code baselineEngine} is a node baseline (engine kind {@code node}): one row
 * per other engine × workload (and fio group), each engine's IOPS and mean and p99 latency as % of the node baseline's
 * on the same workload. The other engines' pods ran on the baseline's node, so each is measured against the storage
 * of the node it ran on. 100 % is the raw device; IOPS below and latency above 100 % are the engine's overhead.
 */
public final class NodeBaselineTable {

    private static final List<String> COLUMNS = List.of("total.iops", "read.lat.mean", "read.lat.p99",
            "write.lat.mean", "write.lat.p99");

    /** One row: engine, workload (title), and per column the engine's value and % of the baseline, or empty. */
    record Row(String engine, String title, List<Optional<String>> cells) {
    }

    private final String baseline;
    private final NodeVolume node;
    private final List<Row> rows = new ArrayList<>();

    private NodeBaselineTable(String baseline, NodeVolume node) {
        this.baseline = baseline;
        this.node = node;
    }

    /** The table, or empty when the suite's baseline engine is not a node baseline or it has no results. */
    public static Optional<NodeBaselineTable> of(Suite suite, List<CaseResult> results) {
        Optional<EngineSpec> base = suite.engines().stream().filter(e -> e.id().equals(suite.baselineEngine()))
                .filter(e -> e.nodeVolume().isPresent()).findFirst();
        if (base.isEmpty()) {
            return Optional.empty();
        }
        NodeBaselineTable table = new NodeBaselineTable(base.get().id(), base.get().nodeVolume().get());
        for (var workload : suite.workloads()) {
            List<CaseResult> ofWorkload = results.stream()
                    .filter(r -> r.benchmarkCase().workload().id().equals(workload.id())).toList();
            ofWorkload.stream().filter(r -> r.benchmarkCase().engine().id().equals(table.baseline)).findFirst()
                    .ifPresent(b -> ofWorkload.stream().filter(r -> r != b)
                            .forEach(r -> table.add(workload.id(), b, r)));
        }
        return table.rows.isEmpty() ? Optional.empty() : Optional.of(table);
    }

    private void add(String workload, CaseResult base, CaseResult engine) {
        for (GroupMetrics g : engine.groups()) {
            Optional<GroupMetrics> b = base.groups().stream()
                    .filter(x -> java.util.Objects.equals(x.group(), g.group())).findFirst();
            if (b.isEmpty()) {
                continue;
            }
            List<Optional<String>> cells = new ArrayList<>();
            for (String name : COLUMNS) {
                Metric metric = Metric.parse(name).orElseThrow();
                cells.add(cell(metric, g.median(), b.get().median()));
            }
            rows.add(new Row(engine.benchmarkCase().engine().id(), g.group() == null ? workload
                    : workload + " / " + g.group(), cells));
        }
    }

    /** {@code 1,234 (45.6 %)}: the engine's value and its share of the baseline's. */
    private static Optional<String> cell(Metric metric, MetricSet engine, MetricSet base) {
        OptionalDouble v = engine.get(metric);
        OptionalDouble b = base.get(metric);
        if (v.isEmpty() || b.isEmpty() || b.getAsDouble() == 0) {
            return Optional.empty();
        }
        return Optional.of(Format.value(metric, v.getAsDouble()) + " (" + String.format(Locale.ROOT, "%.1f %%",
                100 * v.getAsDouble() / b.getAsDouble()) + ")");
    }

    /** A line per node-baseline engine of the suite, saying what it measured; empty when there is none. */
    public static String notes(Suite suite) {
        StringBuilder sb = new StringBuilder();
        suite.engines().stream().filter(e -> e.nodeVolume().isPresent()).forEach(e -> sb.append("- node baseline: ")
                .append(e.id()).append(" is the ").append(e.nodeVolume().get().describe()).append(", measured by fio in"
                + " a pod on that node, no engine between\n"));
        return sb.isEmpty() ? "" : sb.append('\n').toString();
    }

    List<Row> rows() {
        return rows;
    }

    /** What the table compares with: engine id, device or directory, node. */
    String heading() {
        return "Experiment 3: % of the node baseline " + baseline + " (" + node.describe() + ")";
    }

    String note() {
        return "Each engine's value and, in parentheses, its share of the node baseline's on the same workload; the"
                + " engines' pods ran on node " + node.node() + " too. IOPS below 100 % and latency above 100 % are"
                + " the engine's overhead over the node's own " + (node.isDevice() ? "raw device" : "directory") + ".";
    }

    public String markdown() {
        StringBuilder sb = new StringBuilder("### ").append(heading()).append("\n\n").append(note()).append("\n\n");
        sb.append("| engine | workload | IOPS | read lat mean | read lat p99 | write lat mean | write lat p99 |\n");
        sb.append("|---|---|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            sb.append("| ").append(r.engine()).append(" | ").append(r.title()).append(" |");
            r.cells().forEach(c -> sb.append(' ').append(c.orElse("—")).append(" |"));
            sb.append('\n');
        }
        return sb.append('\n').toString();
    }

    public String html() {
        StringBuilder sb = new StringBuilder("<h3>").append(Html.escape(heading())).append("</h3><p>")
                .append(Html.escape(note())).append("</p><table><tr><th>engine</th><th>workload</th>");
        List.of("IOPS", "read lat mean", "read lat p99", "write lat mean", "write lat p99")
                .forEach(h -> sb.append("<th class=\"num\">").append(h).append("</th>"));
        sb.append("</tr>");
        for (Row r : rows) {
            sb.append("<tr><td>").append(Html.escape(r.engine())).append("</td><td>").append(Html.escape(r.title()))
                    .append("</td>");
            r.cells().forEach(c -> sb.append("<td class=\"num\">").append(Html.escape(c.orElse("—")))
                    .append("</td>"));
            sb.append("</tr>");
        }
        return sb.append("</table>").toString();
    }
}
