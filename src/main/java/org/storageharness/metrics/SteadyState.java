package org.storageharness.metrics;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a case's IOPS held steady: the mean of the last third of its windows against the mean of the middle third.
 * The first third is left out, as it holds the ramp-up (caches filling, a thin volume allocating).
 *
 * @param middleIops mean total IOPS of the middle third
 * @param lastIops mean total IOPS of the last third
 * @param tolerance the largest relative difference that is still steady (the suite's {@code steadyTolerance})
 */
public record SteadyState(double middleIops, double lastIops, double tolerance) {

    /** Windows a series needs to be judged: one in each third at least. */
    public static final int MIN_WINDOWS = 3;

    public SteadyState {
        if (middleIops < 0 || lastIops < 0 || !(tolerance > 0)) {
            throw new IllegalArgumentException("steady state needs IOPS >= 0 and a positive tolerance but got [middle "
                    + middleIops + ", last " + lastIops + ", tolerance " + tolerance + "]");
        }
    }

    /** The verdict on a series of total IOPS per window; empty when it has fewer than {@link #MIN_WINDOWS}. */
    public static Optional<SteadyState> of(List<Long> totalIops, double tolerance) {
        int n = totalIops.size();
        if (n < MIN_WINDOWS) {
            return Optional.empty();
        }
        return Optional.of(new SteadyState(mean(totalIops.subList(n / 3, 2 * n / 3)),
                mean(totalIops.subList(2 * n / 3, n)), tolerance));
    }

    /** Of several repetitions' verdicts, the one that changed most; empty when none was judged. */
    public static Optional<SteadyState> worst(List<SteadyState> verdicts) {
        return verdicts.stream().max(Comparator.comparingDouble(v -> Math.abs(v.change())));
    }

    /** (last − middle) / middle; infinite when the middle third did no I/O and the last did. */
    public double change() {
        if (middleIops == 0) {
            return lastIops == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return (lastIops - middleIops) / middleIops;
    }

    public boolean steady() {
        return Math.abs(change()) <= tolerance;
    }

    /** {@code middle third 12,345 IOPS, last third 9,876 IOPS (−20.0 %), tolerance 10 %}. */
    public String describe() {
        String change = Double.isInfinite(change()) ? "from none"
                : String.format(Locale.ROOT, "%+.1f %%", change() * 100);
        return "middle third " + Format.number(middleIops) + " IOPS, last third " + Format.number(lastIops) + " IOPS ("
                + change.replace('-', '−') + "), tolerance " + percent(tolerance);
    }

    /** The failure when steadiness is required: {@code Threshold violated: <case> expected steady IOPS ...}. */
    public String failure(String caseName) {
        return "Threshold violated: " + caseName + " expected steady IOPS (the last third's mean within "
                + percent(tolerance) + " of the middle third's) but was not steady [" + describe() + "]; the suite"
                + " asks for [steady: true]: run longer so the volume settles, or raise [steadyTolerance]";
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f %%", fraction * 100);
    }

    private static double mean(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).average().orElse(0);
    }
}
