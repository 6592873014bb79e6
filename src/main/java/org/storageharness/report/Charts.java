package org.storageharness.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.storageharness.suite.Metric;

/**
 * The charts of a summary table (one workload): IOPS and bandwidth as bars grouped engine by engine (a bar per
 * direction), and latency percentiles p50 … p99.99 on a log axis, a line per engine and direction.
 */
public final class Charts {

    /** Thousands separators and up to three decimals (sub-millisecond latencies); XChart would write 1.8E5. */
    static final String AXIS_NUMBERS = "#,##0.###";

    private static final int WIDTH = 640;
    private static final int HEIGHT = 400;
    private static final List<Metric.Quantity> PERCENTILES = List.of(Metric.Quantity.LAT_P50,
            Metric.Quantity.LAT_P90, Metric.Quantity.LAT_P99, Metric.Quantity.LAT_P999, Metric.Quantity.LAT_P9999);
    private static final List<String> DIRECTIONS = List.of("read", "write");

    private Charts() {
    }

    /** The charts of every table, by table title, in table order. */
    public static Map<String, List<RenderedChart>> byTable(List<SummaryTable> tables) {
        Map<String, List<RenderedChart>> charts = new LinkedHashMap<>();
        tables.forEach(t -> charts.put(t.title(), of(t)));
        return charts;
    }

    /** IOPS bars, bandwidth bars and latency percentiles of one table; a chart nobody measured is left out. */
    public static List<RenderedChart> of(SummaryTable table) {
        String file = RenderedChart.fileName(table.title());
        List<RenderedChart> charts = new ArrayList<>();
        throughput(table, Metric.Quantity.IOPS).ifPresent(c -> charts.add(RenderedChart.render("iops-" + file, c)));
        throughput(table, Metric.Quantity.BW)
                .ifPresent(c -> charts.add(RenderedChart.render("bandwidth-" + file, c)));
        latency(table).ifPresent(c -> charts.add(RenderedChart.render("latency-" + file, c)));
        return charts;
    }

    /** x = the engines, a bar per direction the workload used (the total when fio reported no direction). */
    static Optional<CategoryChart> throughput(SummaryTable table, Metric.Quantity quantity) {
        List<String> engines = table.engines().stream().filter(table.byEngine()::containsKey).toList();
        List<Metric> metrics = bars(table, quantity);
        if (engines.isEmpty() || metrics.isEmpty()) {
            return Optional.empty();
        }
        String what = quantity == Metric.Quantity.IOPS ? "IOPS" : "bandwidth (MiB/s)";
        CategoryChart chart = base(table.title() + " · " + what, "engine", what);
        for (Metric m : metrics) {
            chart.addSeries(m.scope(), engines, engines.stream().map(e -> (Number) value(table, e, m)).toList());
        }
        return Optional.of(chart);
    }

    /** One line per engine and direction that has every percentile; empty when none has. */
    static Optional<CategoryChart> latency(SummaryTable table) {
        CategoryChart chart = base(table.title() + " · latency percentiles", "percentile", "latency (ms, log scale)");
        lines(chart);
        // Percentiles span three or four decades (0.1 ms to 100 ms): on a linear axis p50 … p99 lie flat on zero.
        chart.getStyler().setYAxisLogarithmic(true);
        List<String> x = PERCENTILES.stream().map(q -> q.key().substring(4)).toList();
        Color[] palette = chart.getStyler().getSeriesColors();
        for (int i = 0; i < table.engines().size(); i++) {
            String engine = table.engines().get(i);
            for (String direction : DIRECTIONS) {
                List<Number> y = PERCENTILES.stream().map(q -> (Number) value(table, engine, new Metric(direction, q)))
                        .toList();
                if (y.stream().allMatch(v -> v.doubleValue() > 0)) {
                    look(chart.addSeries(engine + " " + direction, x, y), palette[i % palette.length], direction);
                }
            }
        }
        return chart.getSeriesMap().isEmpty() ? Optional.empty() : Optional.of(chart);
    }

    /** One colour per engine, so its read and write lines read as a pair: solid with dots, dashed with squares. */
    private static void look(CategorySeries series, Color color, String direction) {
        boolean read = direction.equals("read");
        series.setLineColor(color);
        series.setMarkerColor(color);
        series.setLineStyle(read ? SeriesLines.SOLID : SeriesLines.DASH_DASH);
        series.setMarker(read ? SeriesMarkers.CIRCLE : SeriesMarkers.SQUARE);
    }

    static CategoryChart base(String title, String xTitle, String yTitle) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        style(chart.getStyler());
        return chart;
    }

    /** Lines instead of bars, with the legend beside the plot: one entry per line would not fit in a row below. */
    static void lines(CategoryChart chart) {
        chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
    }

    /** The look every chart of the report shares: white, legend below, readable numbers on the axes. */
    static void style(AxesChartStyler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setLocale(Locale.ROOT);
        styler.setYAxisDecimalPattern(AXIS_NUMBERS);
    }

    /** The directions the workload used; the total alone when fio reported none (a job file's mixed group). */
    private static List<Metric> bars(SummaryTable table, Metric.Quantity quantity) {
        List<Metric> byDirection = DIRECTIONS.stream().map(d -> new Metric(d, quantity))
                .filter(m -> measured(table, m)).toList();
        Metric total = new Metric("total", quantity);
        return !byDirection.isEmpty() || !measured(table, total) ? byDirection : List.of(total);
    }

    private static boolean measured(SummaryTable table, Metric metric) {
        return table.byEngine().values().stream().anyMatch(s -> s.get(metric).isPresent());
    }

    private static double value(SummaryTable table, String engine, Metric metric) {
        var set = table.byEngine().get(engine);
        OptionalDouble v = set == null ? OptionalDouble.empty() : set.get(metric);
        return v.orElse(0);
    }
}
