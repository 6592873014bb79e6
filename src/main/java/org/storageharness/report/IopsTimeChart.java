package org.storageharness.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The failover writer's IOPS second by second ({@code iops-per-second.csv}: {@code end_epoch_ms,iops}) as a line
 * chart, time relative to the first second, so the stall and the recovery show at a glance.
 */
public final class IopsTimeChart {

    private IopsTimeChart() {
    }

    /** The chart, or empty when the file has fewer than two seconds. */
    public static Optional<RenderedChart> chart(Path csv, String title) {
        List<Double> seconds = new ArrayList<>();
        List<Double> iops = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(csv)) {
                String[] cells = line.split(",");
                if (cells.length == 2 && cells[0].matches("\\d+")) {
                    seconds.add(Long.parseLong(cells[0].trim()) / 1000.0);
                    iops.add(Double.parseDouble(cells[1].trim()));
                }
            }
            if (seconds.size() < 2) {
                return Optional.empty();
            }
            double start = seconds.get(0);
            seconds.replaceAll(s -> s - start);
            XYChart chart = new XYChartBuilder().width(900).height(360).title(title).xAxisTitle("s")
                    .yAxisTitle("write IOPS").build();
            Charts.style(chart.getStyler());
            chart.getStyler().setXAxisDecimalPattern(Charts.AXIS_NUMBERS);
            chart.getStyler().setLegendVisible(false);
            chart.addSeries("IOPS", seconds, iops).setMarker(SeriesMarkers.CIRCLE);
            return Optional.of(RenderedChart.render("iops-per-second", chart));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot chart [" + csv + "]", e);
        }
    }
}
