package org.storageharness.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.knowm.xchart.CategoryChart;
import org.storageharness.gate.CheckMetricKind;
import org.storageharness.results.RunRecord;

/**
 * Per engine, the correctness checks' metrics across the stored runs of a suite on a target, beside the benchmarks'
 * trends: one chart of their times (every metric ending {@code _s} or {@code .s}: stall, time to healthy, snapshot
 * ready, rebuild time…) and one of their rates ({@code rebuild.mib_per_s}), one line per metric, oldest run first.
 * A new check's metrics appear without code, by the same naming rule the baseline gate uses ({@link CheckMetricKind}).
 */
final class CheckTrendCharts {

    private CheckTrendCharts() {
    }

    /** Charts {@code trend-<engine>-check-times} and {@code -check-rates}; none with fewer than 2 runs. */
    static List<RenderedChart> of(List<RunRecord> runs) {
        List<RenderedChart> charts = new ArrayList<>();
        if (runs.size() < 2) {
            return charts;
        }
        for (String engine : engines(runs)) {
            String file = RenderedChart.fileName(engine);
            chart(runs, engine, CheckMetricKind.TIME, "checks' times").ifPresent(c -> charts.add(
                    RenderedChart.render("trend-" + file + "-check-times", c)));
            chart(runs, engine, CheckMetricKind.RATE, "checks' rates").ifPresent(c -> charts.add(
                    RenderedChart.render("trend-" + file + "-check-rates", c)));
        }
        return charts;
    }

    private static Optional<CategoryChart> chart(List<RunRecord> runs, String engine, CheckMetricKind kind,
                                                 String what) {
        CategoryChart chart = TrendCharts.overRuns(runs, engine + " · " + what, kind.unit(),
                metrics(runs, engine, kind), (run, metric) -> value(run, engine, metric));
        return chart.getSeriesMap().isEmpty() ? Optional.empty() : Optional.of(chart);
    }

    /** The metric as the run's check on {@code engine} measured it; 0 when the run lacks it. */
    private static double value(RunRecord run, String engine, String metric) {
        return run.checks().stream().filter(c -> c.engine().equals(engine) && c.metrics() != null)
                .map(c -> c.metrics().get(metric)).filter(v -> v != null).mapToDouble(Double::doubleValue)
                .findFirst().orElse(0);
    }

    private static Set<String> engines(List<RunRecord> runs) {
        Set<String> engines = new LinkedHashSet<>();
        runs.forEach(r -> r.checks().stream().filter(c -> c.metrics() != null && !c.metrics().isEmpty())
                .forEach(c -> engines.add(c.engine())));
        return engines;
    }

    /** The metrics of {@code kind} the checks on {@code engine} measured in any of the runs, in first-seen order. */
    static Set<String> metrics(List<RunRecord> runs, String engine, CheckMetricKind kind) {
        Set<String> metrics = new LinkedHashSet<>();
        runs.forEach(r -> r.checks().stream().filter(c -> c.engine().equals(engine) && c.metrics() != null)
                .forEach(c -> c.metrics().keySet().stream().filter(m -> CheckMetricKind.of(m).equals(
                        Optional.of(kind))).forEach(metrics::add)));
        return metrics;
    }
}
