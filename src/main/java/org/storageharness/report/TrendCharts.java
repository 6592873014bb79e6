package org.storageharness.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.CategoryChart;
import org.storageharness.results.RunRecord;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.ToDoubleBiFunction;

/**
 * Per engine, key metrics across the stored runs of a suite on a target: total IOPS and the worse p99.9 latency of
 * each workload, one line per workload, oldest run first.
 */
final class TrendCharts {

    private TrendCharts() {
    }

    /**
     * Charts {@code trend-<engine>-iops} and {@code trend-<engine>-p99.9}, then the checks' trends
     * ({@link CheckTrendCharts}); none with fewer than 2 runs.
     */
    static List<RenderedChart> of(List<RunRecord> runs) {
        List<RenderedChart> charts = new ArrayList<>();
        if (runs.size() < 2) {
            return charts;
        }
        for (String engine : engines(runs)) {
            String file = RenderedChart.fileName(engine);
            charts.add(RenderedChart.render("trend-" + file + "-iops", chart(runs, engine, "total IOPS", "IOPS",
                    "total.iops")));
            charts.add(RenderedChart.render("trend-" + file + "-p99.9", chart(runs, engine,
                    "p99.9 latency (worse direction)", "ms", "read.lat.p99.9", "write.lat.p99.9")));
        }
        charts.addAll(CheckTrendCharts.of(runs));
        return charts;
    }

    private static CategoryChart chart(List<RunRecord> runs, String engine, String what, String unit,
                                       String... metrics) {
        return overRuns(runs, engine + " · " + what, unit, workloads(runs, engine),
                (run, workload) -> value(run, engine, workload, metrics));
    }

    /**
     * A line chart of {@code what} over {@code runs} (oldest first, each labelled by its run id's date and time), one
     * line per series whose values are not all 0; without lines when none has a value.
     */
    static CategoryChart overRuns(List<RunRecord> runs, String what, String unit, Iterable<String> series,
                                  ToDoubleBiFunction<RunRecord, String> value) {
        CategoryChart chart = Charts.base(what + " over the last " + runs.size() + " runs", "run", unit);
        Charts.lines(chart);
        chart.getStyler().setXAxisLabelRotation(20);
        List<String> x = runs.stream().map(r -> r.runId().length() >= 15 ? r.runId().substring(4, 15) : r.runId())
                .toList();
        for (String name : series) {
            List<Number> y = new ArrayList<>();
            runs.forEach(r -> y.add(value.applyAsDouble(r, name)));
            if (y.stream().anyMatch(v -> v.doubleValue() > 0)) {
                chart.addSeries(name, x, y);
            }
        }
        return chart;
    }

    /** The largest of {@code metrics} in the case's first group, 0 when the run lacks the case. */
    private static double value(RunRecord run, String engine, String workload, String... metrics) {
        return run.cases().stream().filter(c -> c.engine().equals(engine) && c.workload().equals(workload)
                        && !c.groups().isEmpty())
                .mapToDouble(c -> Arrays.stream(metrics).map(m -> c.groups().get(0).metrics().get(m))
                        .filter(Objects::nonNull).mapToDouble(RunRecord.MetricRecord::median).max()
                        .orElse(0))
                .findFirst().orElse(0);
    }

    private static Set<String> engines(List<RunRecord> runs) {
        Set<String> engines = new LinkedHashSet<>();
        runs.forEach(r -> r.cases().stream().filter(c -> !c.groups().isEmpty()).forEach(c -> engines.add(c.engine())));
        return engines;
    }

    private static Set<String> workloads(List<RunRecord> runs, String engine) {
        Set<String> workloads = new LinkedHashSet<>();
        runs.forEach(r -> r.cases().stream().filter(c -> c.engine().equals(engine) && !c.groups().isEmpty())
                .forEach(c -> workloads.add(c.workload())));
        return workloads;
    }
}
