package org.storageharness.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storageharness.metrics.MetricSet;
import org.storageharness.results.RunRecord;
import org.storageharness.suite.Metric;

/**
 * Results from different places side by side (experiment 2: the Proxmox host and three VMs): one table per workload
 * with a column per {@code <label> · <engine>}, and the same charts as a run's summary.
 *
 * @param labels one per record, e.g. the results file's name
 */
public record Comparison(List<String> labels, List<RunRecord> records) {

    public Comparison {
        labels = List.copyOf(labels);
        records = List.copyOf(records);
        if (labels.size() != records.size() || records.size() < 2) {
            throw new IllegalArgumentException("a comparison needs two or more labelled results");
        }
    }

    public List<String> columns() {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            String label = labels.get(i);
            records.get(i).cases().stream().filter(c -> !c.groups().isEmpty()).map(c -> label + " · " + c.engine())
                    .distinct().forEach(columns::add);
        }
        return columns;
    }

    /** One table per workload (and fio group) that any record measured. */
    public List<SummaryTable> tables() {
        Map<String, Map<String, MetricSet>> byTitle = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            for (RunRecord.CaseRecord c : records.get(i).cases()) {
                for (RunRecord.GroupRecord g : c.groups()) {
                    String title = g.group() == null ? c.workload() : c.workload() + " / " + g.group();
                    byTitle.computeIfAbsent(title, t -> new LinkedHashMap<>())
                            .put(labels.get(i) + " · " + c.engine(), medians(g));
                }
            }
        }
        List<String> columns = columns();
        List<SummaryTable> tables = new ArrayList<>();
        byTitle.forEach((title, byColumn) -> tables.add(new SummaryTable(title, columns, byColumn)));
        return tables;
    }

    private static MetricSet medians(RunRecord.GroupRecord g) {
        Map<Metric, Double> values = new LinkedHashMap<>();
        g.metrics().forEach((name, m) -> Metric.parse(name).ifPresent(metric -> values.put(metric, m.median())));
        return new MetricSet(values);
    }

    /** Per place, engine and swept workload with an SLO: how its slo.iops was found, or why there is none. */
    List<String> sloNotes() {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            for (RunRecord.CaseRecord c : records.get(i).cases()) {
                if (c.slo() != null) {
                    notes.add(labels.get(i) + " · " + c.engine() + " · " + c.slo().sweep() + ": " + c.slo().note());
                }
            }
        }
        return notes;
    }

    public String markdown() {
        StringBuilder sb = new StringBuilder("# Comparison\n\n");
        for (int i = 0; i < records.size(); i++) {
            RunRecord r = records.get(i);
            sb.append("- ").append(labels.get(i)).append(": suite ").append(r.suite()).append(", target ")
                    .append(r.target()).append(", run ").append(r.runId()).append('\n');
        }
        sb.append('\n');
        tables().forEach(t -> sb.append(t.markdown()).append('\n'));
        List<String> slos = sloNotes();
        if (!slos.isEmpty()) {
            sb.append("### IOPS at the SLO\n\n");
            slos.forEach(n -> sb.append("- ").append(n).append('\n'));
        }
        return sb.toString();
    }

    /** Writes compare.md, compare.html (charts inline) and charts/*.png, *.svg into {@code dir}; returns compare.md. */
    public Path write(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("compare.md"), markdown());
            StringBuilder html = new StringBuilder("<h1>Comparison</h1>");
            for (SummaryTable t : tables()) {
                List<RenderedChart> charts = Charts.of(t);
                charts.forEach(c -> c.writeTo(dir.resolve("charts")));
                html.append(t.html()).append(RenderedChart.row(charts));
            }
            Files.writeString(dir.resolve("compare.html"), Html.page("Comparison", html.toString()));
            return dir.resolve("compare.md");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the comparison into [" + dir + "]", e);
        }
    }
}
