package org.storageharness.report.curve;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The "hockey stick" of a swept workload: x = total IOPS, y = a latency percentile on a log axis, one line per engine
 * through its points in sweep order, each point labelled with its depth ({@code qd16}); the SLO as a dashed line.
 */
public final class LoadCurveChart {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 480;
    /** Labels sit this factor above their point: on a log axis a constant distance on screen. */
    private static final double LABEL_LIFT = 1.3;
    private static final String AXIS_NUMBERS = "#,##0.###";

    private LoadCurveChart() {
    }

    /** Empty when no engine has two points with both values (a line needs two). */
    public static Optional<XYChart> of(LoadCurve curve) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(curve.title() + " · "
                + curve.latency().label() + " against total IOPS").xAxisTitle("total IOPS")
                .yAxisTitle(curve.latency().label() + " (ms, log scale)").build();
        // The look of the summary's other charts (report.Charts): white, legend below, plain numbers on the axes.
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setLocale(Locale.ROOT);
        chart.getStyler().setXAxisDecimalPattern(AXIS_NUMBERS);
        chart.getStyler().setYAxisDecimalPattern(AXIS_NUMBERS);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        chart.getStyler().setAnnotationTextFontColor(Color.DARK_GRAY);
        Color[] palette = chart.getStyler().getSeriesColors();
        int i = 0;
        for (String engine : curve.byEngine().keySet()) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (String point : curve.points()) {
                OptionalDouble iops = curve.value(engine, point, LoadCurve.TOTAL_IOPS);
                OptionalDouble lat = curve.value(engine, point, curve.latency());
                if (iops.isPresent() && lat.isPresent() && lat.getAsDouble() > 0) {
                    x.add(iops.getAsDouble());
                    y.add(lat.getAsDouble());
                    labels.add(point);
                }
            }
            if (x.size() < 2) {
                continue;
            }
            XYSeries series = chart.addSeries(engine, x, y);
            series.setMarker(SeriesMarkers.CIRCLE);
            series.setLineColor(palette[i % palette.length]);
            series.setMarkerColor(palette[i % palette.length]);
            i++;
            for (int p = 0; p < x.size(); p++) {
                chart.addAnnotation(new AnnotationText(labels.get(p), x.get(p), y.get(p) * LABEL_LIFT, false));
            }
        }
        if (chart.getSeriesMap().isEmpty()) {
            return Optional.empty();
        }
        if (curve.slo() != null && curve.slo().max() > 0) {
            chart.addAnnotation(new AnnotationLine(curve.slo().max(), false, false));
            chart.getStyler().setAnnotationLineColor(new Color(0xb0, 0x00, 0x20));
        }
        return Optional.of(chart);
    }
}
