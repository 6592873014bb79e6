package org.storageharness.fio;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * fio's latency histogram: bucket value in ns to count, as json+ prints it ({@code bins}). Histograms from different
 * jobs, processes or pods merge exactly by adding counts of equal keys, which is what fio's group_reporting does.
 */
public final class LatencyHistogram {

    private static final LatencyHistogram EMPTY = new LatencyHistogram(new TreeMap<>());

    private final SortedMap<Long, Long> bins;
    private final long total;

    private LatencyHistogram(SortedMap<Long, Long> bins) {
        this.bins = Collections.unmodifiableSortedMap(bins);
        this.total = bins.values().stream().mapToLong(Long::longValue).sum();
    }

    public static LatencyHistogram empty() {
        return EMPTY;
    }

    /** Builds a histogram from bucket value (ns) to count; negative counts are rejected. */
    public static LatencyHistogram of(Map<Long, Long> bins) {
        bins.values().forEach(c -> {
            if (c < 0) {
                throw new IllegalArgumentException("negative bin count " + c);
            }
        });
        return new LatencyHistogram(new TreeMap<>(bins));
    }

    public LatencyHistogram merge(LatencyHistogram other) {
        if (other.total == 0) {
            return this;
        }
        TreeMap<Long, Long> merged = new TreeMap<>(bins);
        other.bins.forEach((value, count) -> merged.merge(value, count, Long::sum));
        return new LatencyHistogram(merged);
    }

    /** Number of samples (I/Os) in the histogram. */
    public long total() {
        return total;
    }

    public boolean isEmpty() {
        return total == 0;
    }

    public SortedMap<Long, Long> bins() {
        return bins;
    }

    /**
     * fio's percentile rule ({@code calc_clat_percentiles}): the first bucket, in ascending order, whose running
     * count reaches {@code p/100 · N}. Returns ns; 0 for an empty histogram.
     */
    public long percentileNanos(double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        double target = p / 100.0 * total;
        long running = 0;
        for (Map.Entry<Long, Long> bin : bins.entrySet()) {
            running += bin.getValue();
            if (running >= target) {
                return bin.getKey();
            }
        }
        return bins.isEmpty() ? 0 : bins.lastKey();
    }
}
