package org.storageharness.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.storageharness.fio.CaseSeries;
import org.storageharness.metrics.SteadyState;
import java.awt.Color;

/**
 * A case's series over time as line charts, in PNG (shown on the case's page) and SVG: IOPS per window for each
 * direction, the total as well when there are several (with the means of the middle and last thirds that the steady
 * state is judged on), and the largest total latency per window. Axis labels are plain numbers with thousands
 * separators.
 */
public final class TimeSeriesCharts {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 360;
    static final Function<Double, String> WHOLE = pattern("#,##0");
    static final Function<Double, String> FINE = pattern("#,##0.###");

    private TimeSeriesCharts() {
    }

    /** One chart in both forms; {@code name} says what it shows ({@code write IOPS per second}). */
    public record Chart(String name, byte[] png, byte[] svg) {
    }

    /**
     * The charts of {@code series}; {@code title} heads each ({@code host · randrw-4k-qd16x8}). None for fewer than
     * two windows: a single point is no line.
     */
    public static List<Chart> of(String title, CaseSeries series) {
        List<Chart> charts = new ArrayList<>();
        if (series.windows() < 2) {
            return charts;
        }
        String per = series.windowMillis() == 1000 ? "per second" : "per " + series.windowMillis() / 1000 + " s";
        List<String> directions = series.directions();
        for (String direction : directions) {
            XYChart chart = chart(title + " · " + direction + " IOPS " + per, direction + " IOPS", WHOLE);
            add(chart, direction, series.iops(direction));
            if (directions.size() == 1) {
                thirds(chart, series);
            }
            charts.add(render(direction + " IOPS " + per, chart));
        }
        if (directions.size() > 1) {
            XYChart total = chart(title + " · total IOPS " + per, "total IOPS", WHOLE);
            add(total, "total", total(series));
            thirds(total, series);
            charts.add(render("total IOPS " + per, total));
        }
        latency(title, series, per).ifPresent(charts::add);
        return charts;
    }

    private static Optional<Chart> latency(String title, CaseSeries series, String per) {
        XYChart chart = chart(title + " · largest total latency " + per, "latency (ms)", FINE);
        series.directions().forEach(d -> add(chart, d, series.maxLatencyMillis(d)));
        chart.getStyler().setLegendVisible(series.directions().size() > 1);
        return chart.getSeriesMap().isEmpty() ? Optional.empty()
                : Optional.of(render("largest latency " + per, chart));
    }

    /** The means of the middle and the last third as flat segments, so the steady-state verdict can be seen. */
    private static void thirds(XYChart chart, CaseSeries series) {
        List<CaseSeries.Point> total = total(series);
        int n = total.size();
        SteadyState.of(series.totalIops(), 1).ifPresent(steady -> {
            segment(chart, "middle third mean", total.subList(n / 3, 2 * n / 3), steady.middleIops());
            segment(chart, "last third mean", total.subList(2 * n / 3, n), steady.lastIops());
            chart.getStyler().setLegendVisible(true);
        });
    }

    private static void segment(XYChart chart, String name, List<CaseSeries.Point> third, double mean) {
        XYSeries line = chart.addSeries(name, List.of(third.get(0).second(), third.get(third.size() - 1).second()),
                List.of(mean, mean));
        line.setMarker(SeriesMarkers.NONE);
    }

    private static List<CaseSeries.Point> total(CaseSeries series) {
        List<Long> total = series.totalIops();
        List<CaseSeries.Point> iops = series.iops(series.directions().get(0));
        List<CaseSeries.Point> points = new ArrayList<>();
        for (int w = 0; w < total.size(); w++) {
            points.add(new CaseSeries.Point(iops.get(w).second(), total.get(w)));
        }
        return points;
    }

    private static XYChart chart(String title, String yTitle, Function<Double, String> yLabels) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle("s since fio started")
                .yAxisTitle(yTitle).build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLocale(Locale.ROOT);
        chart.getStyler().setyAxisTickLabelsFormattingFunction(yLabels);
        chart.getStyler().setxAxisTickLabelsFormattingFunction(WHOLE);
        chart.getStyler().setYAxisMin(0.0);
        return chart;
    }

    private static void add(XYChart chart, String name, List<CaseSeries.Point> points) {
        if (points.isEmpty()) {
            return;
        }
        XYSeries line = chart.addSeries(name, points.stream().map(CaseSeries.Point::second).toList(),
                points.stream().map(CaseSeries.Point::value).toList());
        line.setMarker(points.size() > 120 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
    }

    private static Chart render(String name, XYChart chart) {
        try {
            ByteArrayOutputStream svg = new ByteArrayOutputStream();
            VectorGraphicsEncoder.saveVectorGraphic(chart, svg, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            return new Chart(name, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG),
                    svg.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render chart [" + chart.getTitle() + "]", e);
        }
    }

    /** Labels as plain numbers with thousands separators, never in scientific notation ({@code 1.8E5}). */
    private static Function<Double, String> pattern(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        return value -> {
            synchronized (format) {
                return format.format(value);
            }
        };
    }
}
