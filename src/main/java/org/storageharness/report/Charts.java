package org.storageharness.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;
import org.storageharness.metrics.MetricSet;
import org.storageharness.suite.Metric;

/** PNG charts of a run (XChart): throughput per engine across workloads, latency percentiles per workload. */
public final class Charts {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 480;
    private static final List<Metric.Quantity> PERCENTILES = List.of(Metric.Quantity.LAT_P50,
            Metric.Quantity.LAT_P90, Metric.Quantity.LAT_P99, Metric.Quantity.LAT_P999, Metric.Quantity.LAT_P9999);

    private Charts() {
    }

    /** IOPS and bandwidth bars for every table, and a latency-percentile chart per table, by file name. */
    public static Map<String, byte[]> all(List<SummaryTable> tables, List<String> columns) {
        Map<String, byte[]> charts = new LinkedHashMap<>();
        charts.put("iops", throughput("Total IOPS per engine", new Metric("total", Metric.Quantity.IOPS), tables,
                columns));
        charts.put("bandwidth", throughput("Total bandwidth per engine", new Metric("total", Metric.Quantity.BW),
                tables, columns));
        for (SummaryTable t : tables) {
            byte[] png = latency(t);
            if (png != null) {
                charts.put("latency-" + t.title().replaceAll("[^A-Za-z0-9._-]+", "_"), png);
            }
        }
        return charts;
    }

    /** Grouped bars: x = workloads, one series per engine, y = {@code metric} (e.g. total IOPS). */
    public static byte[] throughput(String title, Metric metric, List<SummaryTable> tables, List<String> engines) {
        CategoryChart chart = base(title, "workload", SummaryTable.rowLabel(metric));
        List<String> x = tables.stream().map(SummaryTable::title).toList();
        for (String engine : engines) {
            List<Number> y = new ArrayList<>();
            tables.forEach(t -> y.add(value(t, engine, metric)));
            if (y.stream().anyMatch(v -> v.doubleValue() > 0)) {
                chart.addSeries(engine, x, y);
            }
        }
        return png(chart);
    }

    /** Latency percentiles (p50 … p99.99) of one workload, one series per engine and direction. */
    public static byte[] latency(SummaryTable table) {
        CategoryChart chart = base(table.title() + " · latency percentiles", "percentile", "latency (ms)");
        chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        chart.getStyler().setOverlapped(true);
        List<String> x = PERCENTILES.stream().map(q -> q.key().substring(4)).toList();
        for (String engine : table.engines()) {
            for (String scope : List.of("read", "write")) {
                List<Number> y = new ArrayList<>();
                PERCENTILES.forEach(q -> y.add(value(table, engine, new Metric(scope, q))));
                if (y.stream().allMatch(v -> v.doubleValue() > 0)) {
                    chart.addSeries(engine + " " + scope, x, y);
                }
            }
        }
        return chart.getSeriesMap().isEmpty() ? null : png(chart);
    }

    static CategoryChart base(String title, String xTitle, String yTitle) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setXAxisLabelRotation(20);
        return chart;
    }

    private static Number value(SummaryTable table, String engine, Metric metric) {
        MetricSet set = table.byEngine().get(engine);
        OptionalDouble v = set == null ? OptionalDouble.empty() : set.get(metric);
        return v.orElse(0);
    }

    static byte[] png(CategoryChart chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render chart [" + chart.getTitle() + "]", e);
        }
    }
}
