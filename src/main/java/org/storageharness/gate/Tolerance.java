package org.storageharness.gate;

/**
 * How much worse than its baseline a metric may get: a fraction of the baseline, but never less than an absolute
 * floor (so tiny values do not trip the gate), widened by the noise measured in either run.
 *
 * @param fraction e.g. 0.10 for 10 %
 * @param floor in the metric's unit (IOPS, MiB/s, ms)
 */
public record Tolerance(double fraction, double floor) {

    public Tolerance {
        if (fraction < 0 || floor < 0) {
            throw new IllegalArgumentException("tolerance and floor must not be negative");
        }
    }

    /**
     * How far from {@code baseline} a value may move in the worse direction, in the metric's unit.
     *
     * @param noise the larger relative spread of the two runs' repetitions (0 for single runs)
     */
    public double allowed(double baseline, double noise) {
        return Math.max(fraction * Math.abs(baseline), floor) + noise * Math.abs(baseline);
    }
}
