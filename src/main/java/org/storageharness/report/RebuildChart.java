package org.storageharness.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A failover's rebuild progress over time ({@code rebuild-progress.csv}: {@code seconds_since_fault,percent}, with
 * {@code # name=value} lines for the figures) as a line chart: a steady climb is the copy rate, a plateau a stalled
 * rebuild. The title carries {@code rebuild.s} and {@code rebuild.mib_per_s} when the rebuild completed.
 */
public final class RebuildChart {

    public static final String CSV = "rebuild-progress.csv";

    private RebuildChart() {
    }

    /** The chart, or empty when the file has fewer than two points. */
    public static Optional<RenderedChart> chart(Path csv, String title) {
        List<Double> seconds = new ArrayList<>();
        List<Double> percent = new ArrayList<>();
        Map<String, Double> figures = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(csv)) {
                String[] cells = line.split(",");
                if (line.startsWith("#") && line.contains("=")) {
                    String[] kv = line.substring(1).trim().split("=", 2);
                    figures.put(kv[0], Double.parseDouble(kv[1]));
                } else if (cells.length == 2 && cells[0].matches("-?[0-9.]+")) {
                    seconds.add(Double.parseDouble(cells[0]));
                    percent.add(Double.parseDouble(cells[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot chart [" + csv + "]", e);
        }
        if (seconds.size() < 2) {
            return Optional.empty();
        }
        XYChart chart = new XYChartBuilder().width(900).height(360).title(title + subtitle(figures))
                .xAxisTitle("s since the fault").yAxisTitle("rebuild progress (%)").build();
        Charts.style(chart.getStyler());
        chart.getStyler().setXAxisDecimalPattern(Charts.AXIS_NUMBERS);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        chart.getStyler().setLegendVisible(false);
        chart.addSeries("progress", seconds, percent).setMarker(SeriesMarkers.CIRCLE);
        return Optional.of(RenderedChart.render("rebuild-progress", chart));
    }

    private static String subtitle(Map<String, Double> f) {
        if (!f.containsKey("rebuild.s")) {
            return " · not completed";
        }
        return String.format(Locale.ROOT, " · %.1f s", f.get("rebuild.s")) + (f.containsKey("rebuild.mib_per_s")
                ? String.format(Locale.ROOT, ", %.1f MiB/s", f.get("rebuild.mib_per_s")) : "");
    }
}
