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
        LAT_MAX("lat.max", "max latency", "ms", false, -1),
        CPU("cpu", "CPU", "cores", false, -1),
        MEMORY("memory", "memory", "MiB", false, -1),
        IOPS_PER_CORE("iops_per_core", "IOPS per CPU core", "", true, -1);

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

        /** What the storage engine's own pods consumed while fio ran (scope {@code engine}). */
        public boolean isEngineCost() {
            return this == CPU || this == MEMORY || this == IOPS_PER_CORE;
        }

        /** The percentile (e.g. 99.9) for percentile quantities, negative otherwise. */
        public double percentile() {
            return percentile;
        }
    }

    public static final List<String> SCOPES = List.of("read", "write", "total");
    /** Scope of the resource cost metrics ({@code engine.cpu}, {@code engine.memory}, {@code engine.iops_per_core}). */
    public static final String ENGINE = "engine";
    /** Scope of {@code slo.iops}: the highest total IOPS among a sweep's points that meet the workload's SLO. */
    public static final String SLO = "slo";
    /** {@code slo.iops}. */
    public static final Metric SLO_IOPS = new Metric(SLO, Quantity.IOPS);

    public Metric {
        if (!valid(scope, quantity)) {
            throw new IllegalArgumentException("no metric " + scope + "." + quantity.key());
        }
    }

    private static boolean valid(String scope, Quantity q) {
        if (SLO.equals(scope)) {
            return q == Quantity.IOPS;
        }
        if (q.isEngineCost()) {
            return ENGINE.equals(scope);
        }
        return SCOPES.contains(scope) && !(scope.equals("total") && q.isLatency());
    }

    /** Parses {@code write.lat.p99.9}; empty when it names no metric (see {@link #names()}). */
    public static Optional<Metric> parse(String name) {
        return all().stream().filter(m -> m.name().equals(name.trim())).findFirst();
    }

    /** Every metric in table order: throughput first, then latencies. */
    public static List<Metric> all() {
        List<Metric> out = new ArrayList<>();
        for (Quantity q : Quantity.values()) {
            for (String scope : List.of("read", "write", "total", ENGINE, SLO)) {
                if (valid(scope, q)) {
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
        if (SLO.equals(scope)) {
            return "IOPS at the SLO";
        }
        return quantity.isEngineCost() ? "engine " + quantity.label : scope + " " + quantity.label;
    }

    public String unit() {
        return quantity.unit();
    }

    @Override
    public String toString() {
        return name();
    }
}
