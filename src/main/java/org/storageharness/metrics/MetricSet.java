package org.storageharness.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.storageharness.fio.Direction;
import org.storageharness.fio.DirectionStats;
import org.storageharness.fio.GroupResult;
import org.storageharness.suite.Metric;

/**
 * Metric values of one result in their report units (IOPS, MiB/s, MiB, ms). A direction the workload did not use has
 * no metrics at all, so "not measured" is never confused with zero.
 */
public record MetricSet(Map<Metric, Double> values) {

    private static final double NANOS_PER_MS = 1_000_000.0;

    public MetricSet {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static MetricSet of(GroupResult group) {
        Map<Metric, Double> values = new LinkedHashMap<>();
        DirectionStats total = DirectionStats.none();
        for (Direction d : List.of(Direction.READ, Direction.WRITE)) {
            DirectionStats s = group.direction(d);
            if (s.totalIos() > 0) {
                put(values, d.key(), s);
            }
            total = total.plus(s);
        }
        DirectionStats trim = group.direction(Direction.TRIM);
        total = total.plus(trim);
        if (total.totalIos() > 0) {
            values.put(new Metric("total", Metric.Quantity.IOPS), total.iops());
            values.put(new Metric("total", Metric.Quantity.BW), total.bandwidthMiBps());
            values.put(new Metric("total", Metric.Quantity.IO), total.ioMiB());
        }
        return new MetricSet(order(values));
    }

    private static void put(Map<Metric, Double> values, String scope, DirectionStats s) {
        values.put(new Metric(scope, Metric.Quantity.IOPS), s.iops());
        values.put(new Metric(scope, Metric.Quantity.BW), s.bandwidthMiBps());
        values.put(new Metric(scope, Metric.Quantity.IO), s.ioMiB());
        values.put(new Metric(scope, Metric.Quantity.LAT_MEAN), s.latency().meanNanos() / NANOS_PER_MS);
        values.put(new Metric(scope, Metric.Quantity.LAT_MAX), s.latency().maxNanos() / NANOS_PER_MS);
        if (!s.latency().histogram().isEmpty()) {
            for (Metric.Quantity q : Metric.Quantity.values()) {
                if (q.percentile() > 0) {
                    values.put(new Metric(scope, q), s.latency().percentileNanos(q.percentile()) / NANOS_PER_MS);
                }
            }
        }
    }

    /** Per metric, the median over repetitions (metrics missing from any repetition are left out). */
    public static MetricSet median(List<MetricSet> repetitions) {
        if (repetitions.size() == 1) {
            return repetitions.get(0);
        }
        Map<Metric, Double> values = new LinkedHashMap<>();
        for (Metric m : repetitions.get(0).values.keySet()) {
            List<Double> samples = new ArrayList<>();
            repetitions.forEach(r -> r.get(m).ifPresent(samples::add));
            if (samples.size() == repetitions.size()) {
                Collections.sort(samples);
                int n = samples.size();
                values.put(m, n % 2 == 1 ? samples.get(n / 2) : (samples.get(n / 2 - 1) + samples.get(n / 2)) / 2);
            }
        }
        return new MetricSet(values);
    }

    public OptionalDouble get(Metric metric) {
        Double v = values.get(metric);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    private static Map<Metric, Double> order(Map<Metric, Double> values) {
        Map<Metric, Double> ordered = new LinkedHashMap<>();
        Metric.all().stream().filter(values::containsKey).forEach(m -> ordered.put(m, values.get(m)));
        return ordered;
    }
}
