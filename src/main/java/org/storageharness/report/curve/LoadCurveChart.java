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
import org.storageharness.metrics.Format;

/**
 * The "hockey stick" of a swept workload: x = total IOPS, y = a latency percentile on a log axis, one line per engine
 * through its points in sweep order, each point labelled with its depth ({@code qd16}); the SLO as a dashed line.
 */
public final class LoadCurveChart {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 480;
    /** Labels sit this share of the y axis' decades above their point: just clear of the marker. */
    private static final double LABEL_LIFT = 0.045;
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
        double[] range = range(curve);
        double lift = Math.pow(range[1] / range[0], LABEL_LIFT);
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
                chart.addAnnotation(new AnnotationText(labels.get(p), x.get(p), y.get(p) * lift, false));
            }
        }
        if (chart.getSeriesMap().isEmpty()) {
            return Optional.empty();
        }
        // A curve often spans less than two decades: then label the ticks between them too, not just 10 and 100.
        chart.getStyler().setYAxisLogarithmicDecadeOnly(range[1] / range[0] > 100);
        chart.getStyler().setYAxisMin(range[0]);
        chart.getStyler().setYAxisMax(range[1]);
        if (curve.slo() != null && curve.slo().max() > 0) {
            chart.addAnnotation(new AnnotationLine(curve.slo().max(), false, false));
            chart.getStyler().setAnnotationLineColor(new Color(0xb0, 0x00, 0x20));
            double left = chart.getSeriesMap().values().stream().mapToDouble(s -> s.getXMin()).min().orElse(0);
            double right = chart.getSeriesMap().values().stream().mapToDouble(s -> s.getXMax()).max().orElse(1);
            chart.addAnnotation(new AnnotationText("SLO " + Format.value(curve.slo().metric(), curve.slo().max()),
                    left + (right - left) * 0.06, curve.slo().max() * lift, false));
        }
        return Optional.of(chart);
    }

    /**
     * The y axis from a little below the lowest to a little above the highest latency, the SLO included so its line
     * shows even when every point broke it.
     */
    private static double[] range(LoadCurve curve) {
        double low = Double.MAX_VALUE;
        double high = 0;
        for (String engine : curve.byEngine().keySet()) {
            for (String point : curve.points()) {
                OptionalDouble v = curve.value(engine, point, curve.latency());
                if (v.isPresent() && v.getAsDouble() > 0) {
                    low = Math.min(low, v.getAsDouble());
                    high = Math.max(high, v.getAsDouble());
                }
            }
        }
        if (curve.slo() != null && curve.slo().max() > 0) {
            low = Math.min(low, curve.slo().max());
            high = Math.max(high, curve.slo().max());
        }
        return high <= 0 ? new double[] {0.01, 1} : new double[] {low / 1.6, high * 1.6};
    }
}
