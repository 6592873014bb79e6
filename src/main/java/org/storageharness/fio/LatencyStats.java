package org.storageharness.fio;

import java.util.Map;

/**
 * Latency of one direction: summary statistics plus the histogram that percentiles are computed from.
 *
 * @param source which fio latency this is: {@code lat_ns} (submission + completion) or {@code clat_ns}
 * @param samples number of I/Os measured (fio's N)
 * @param meanNanos mean in ns
 * @param minNanos minimum in ns
 * @param maxNanos maximum in ns (exact, unlike the histogram, which clamps at about 17 s)
 * @param histogram merged bins; empty when fio printed none (N = 0 or plain json output)
 * @param fioPercentiles fio's own percentiles ({@code "99.900000"} to ns), for cross-checks; may be empty
 */
public record LatencyStats(String source, long samples, double meanNanos, long minNanos, long maxNanos,
                           LatencyHistogram histogram, Map<String, Long> fioPercentiles) {

    public LatencyStats {
        fioPercentiles = Map.copyOf(fioPercentiles);
    }

    public static LatencyStats none(String source) {
        return new LatencyStats(source, 0, 0, 0, 0, LatencyHistogram.empty(), Map.of());
    }

    /** Pools two latency sets: means weighted by sample counts, extremes combined, histograms merged. */
    public LatencyStats merge(LatencyStats other) {
        if (other.samples == 0) {
            return this;
        }
        if (samples == 0) {
            return new LatencyStats(other.source, other.samples, other.meanNanos, other.minNanos, other.maxNanos,
                    other.histogram, Map.of());
        }
        long n = samples + other.samples;
        double mean = (meanNanos * samples + other.meanNanos * other.samples) / n;
        return new LatencyStats(source, n, mean, Math.min(minNanos, other.minNanos),
                Math.max(maxNanos, other.maxNanos), histogram.merge(other.histogram), Map.of());
    }

    /** Percentile in ns from the histogram, following fio's rule exactly. */
    public long percentileNanos(double p) {
        return histogram.percentileNanos(p);
    }
}
