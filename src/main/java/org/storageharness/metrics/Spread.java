package org.storageharness.metrics;

import java.util.ArrayList;
import java.util.List;
import org.storageharness.suite.Metric;

/**
 * One metric over a case's repetitions: median, minimum, maximum and relative spread ((max − min) / median).
 *
 * @param values the repetitions' values in run order
 */
public record Spread(Metric metric, double median, double min, double max, List<Double> values) {

    public Spread {
        values = List.copyOf(values);
    }

    /** The metric over {@code repetitions}; empty values when a repetition lacks it. */
    public static Spread of(Metric metric, double median, List<MetricSet> repetitions) {
        List<Double> values = new ArrayList<>();
        repetitions.forEach(r -> r.get(metric).ifPresent(values::add));
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(median);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(median);
        return new Spread(metric, median, min, max, values);
    }

    /** (max − min) / median; 0 for a single repetition or a zero median. */
    public double relative() {
        return values.size() < 2 || median == 0 ? 0 : (max - min) / Math.abs(median);
    }

    /** True when there are repetitions to compare and they differ by more than {@code bound} (a fraction). */
    public boolean unstable(double bound) {
        return values.size() >= 2 && relative() > bound;
    }
}
