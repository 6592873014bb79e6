package org.storageharness.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A benchmark metric such as {@code write.lat.p99.9} or {@code total.iops}: a direction scope and a quantity.
 *
 * @param scope {@code read}, {@code write} or {@code total}
 * @param quantity what is measured
 */
public record Metric(String scope, Quantity quantity) {

    /** What a metric measures, with its unit and which way is better. */
    public enum Quantity {
        IOPS("iops", "IOPS", "", true, 0),
        BW("bw", "bandwidth", "MiB/s", true, 0),
        IO("io", "I/O moved", "MiB", true, 0),
        LAT_MEAN("lat.mean", "mean latency", "ms", false, -1),
        LAT_P50("lat.p50", "p50 latency", "ms", false, 50),
        LAT_P90("lat.p90", "p90 latency", "ms", false, 90),
        LAT_P99("lat.p99", "p99 latency", "ms", false, 99),
        LAT_P999("lat.p99.9", "p99.9 latency", "ms", false, 99.9),
        LAT_P9999("lat.p99.99", "p99.99 latency", "ms", false, 99.99),
        LAT_MAX("lat.max", "max latency", "ms", false, -1);

        private final String key;
        private final String label;
        private final String unit;
        private final boolean higherIsBetter;
        private final double percentile;

        Quantity(String key, String label, String unit, boolean higherIsBetter, double percentile) {
            this.key = key;
            this.label = label;
            this.unit = unit;
            this.higherIsBetter = higherIsBetter;
            this.percentile = percentile;
        }

        public String key() {
            return key;
        }

        public String unit() {
            return unit;
        }

        public boolean higherIsBetter() {
            return higherIsBetter;
        }

        public boolean isLatency() {
            return unit.equals("ms");
        }

        /** The percentile (e.g. 99.9) for percentile quantities, negative otherwise. */
        public double percentile() {
            return percentile;
        }
    }

    public static final List<String> SCOPES = List.of("read", "write", "total");

    public Metric {
        if (!SCOPES.contains(scope) || (scope.equals("total") && quantity.isLatency())) {
            throw new IllegalArgumentException("no metric " + scope + "." + quantity.key());
        }
    }

    /** Parses {@code write.lat.p99.9}; empty when it names no metric (see {@link #names()}). */
    public static Optional<Metric> parse(String name) {
        return all().stream().filter(m -> m.name().equals(name.trim())).findFirst();
    }

    /** Every metric in table order: throughput first, then latencies. */
    public static List<Metric> all() {
        List<Metric> out = new ArrayList<>();
        for (Quantity q : Quantity.values()) {
            for (String scope : SCOPES) {
                if (!(scope.equals("total") && q.isLatency())) {
                    out.add(new Metric(scope, q));
                }
            }
        }
        return out;
    }

    public static List<String> names() {
        return all().stream().map(Metric::name).toList();
    }

    public String name() {
        return scope + "." + quantity.key();
    }

    /** Reader-facing label such as {@code write p99.9 latency} or {@code total IOPS}. */
    public String label() {
        return scope + " " + quantity.label;
    }

    public String unit() {
        return quantity.unit();
    }

    @Override
    public String toString() {
        return name();
    }
}
