package org.storageharness.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.storageharness.suite.Metric;
import org.storageharness.suite.Slo;

/**
 * {@code slo.iops} of one engine and swept workload: the highest total IOPS measured at a point of the load curve whose
 * SLO metric holds. Only measured points count (no interpolation between them), so the value names its point.
 *
 * @param slo the objective
 * @param iops the highest total IOPS among the points that meet it; empty when none does
 * @param point the label of the point it was measured at ({@code qd8}); null when empty
 * @param note the sentence the report shows: the value and its point, or why there is none
 */
public record SloIops(Slo slo, OptionalDouble iops, String point, String note) {

    private static final Metric TOTAL_IOPS = new Metric("total", Metric.Quantity.IOPS);

    /** One measured point of the curve: its label and its metrics. */
    public record Point(String label, MetricSet metrics) {
    }

    /**
     * @param points the measured points in curve order
     * @param pointsInSweep how many points the sweep has (some may not have run)
     */
    public static SloIops of(Slo slo, List<Point> points, int pointsInSweep) {
        String bound = slo.metric().label() + " ≤ " + Format.value(slo.metric(), slo.max());
        String measured = points.size() == pointsInSweep ? points.size() + " points"
                : points.size() + " of " + pointsInSweep + " points (the others did not run)";
        List<Point> judged = points.stream().filter(p -> p.metrics().get(slo.metric()).isPresent()
                && p.metrics().get(TOTAL_IOPS).isPresent()).toList();
        if (judged.isEmpty()) {
            return new SloIops(slo, OptionalDouble.empty(), null, "no slo.iops: none of the " + measured
                    + " measured " + slo.metric().label() + " and total IOPS");
        }
        Optional<Point> best = judged.stream().filter(p -> slo.holds(value(p, slo.metric())))
                .max(Comparator.comparingDouble(p -> value(p, TOTAL_IOPS)));
        if (best.isEmpty()) {
            Point lowest = judged.stream().min(Comparator.comparingDouble(p -> value(p, slo.metric()))).get();
            return new SloIops(slo, OptionalDouble.empty(), null, "no slo.iops: no point of the " + measured
                    + " kept " + bound + " (the lowest was " + Format.value(slo.metric(), value(lowest, slo.metric()))
                    + " at " + lowest.label() + ")");
        }
        Point p = best.get();
        List<String> broke = new ArrayList<>();
        judged.stream().filter(q -> !slo.holds(value(q, slo.metric()))).forEach(q -> broke.add(q.label()));
        return new SloIops(slo, OptionalDouble.of(value(p, TOTAL_IOPS)), p.label(), "slo.iops "
                + Format.number(value(p, TOTAL_IOPS)) + " measured at " + p.label() + " (" + slo.metric().label() + " "
                + Format.value(slo.metric(), value(p, slo.metric())) + "): the highest total IOPS of the " + measured
                + " that kept " + bound + (broke.isEmpty() ? "" : "; broke it: " + String.join(", ", broke))
                + "; measured points only, no interpolation between them");
    }

    private static double value(Point p, Metric m) {
        return p.metrics().get(m).getAsDouble();
    }
}
