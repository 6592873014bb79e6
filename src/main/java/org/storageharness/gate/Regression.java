package org.storageharness.gate;

import java.util.List;
import java.util.Locale;
import org.storageharness.suite.Metric;

/**
 * A metric worse than its baseline by more than its tolerance.
 *
 * @param group the fio group when the workload has several, else null
 * @param allowed how far it could move in the worse direction, in the metric's unit
 */
public record Regression(Metric metric, String group, double baseline, double now, double allowed) {

    /** Signed change relative to the baseline: −0.25 is 25 % lower. */
    public double delta() {
        return baseline == 0 ? 0 : (now - baseline) / Math.abs(baseline);
    }

    /** {@code Regression: <case> is worse than its baseline ...} and one table row per metric. */
    public static String message(String caseName, String baselineRun, List<Regression> regressions) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Regression: %s is worse than its baseline"
                + " [run %s] in %d metric(s), beyond tolerance and noise%n", caseName, baselineRun,
                regressions.size()));
        sb.append(String.format(Locale.ROOT, "  %-40s %14s %14s %9s %11s%n", "metric", "baseline", "now", "delta",
                "tolerance"));
        for (Regression r : regressions) {
            String unit = r.metric.unit().isEmpty() ? "" : " (" + r.metric.unit() + ")";
            String name = (r.group == null ? "" : r.group + " ") + r.metric.label() + unit;
            sb.append(String.format(Locale.ROOT, "  %-40s %14.3f %14.3f %+8.1f%% %10.1f%%%n", name, r.baseline,
                    r.now, r.delta() * 100, r.baseline == 0 ? 0 : r.allowed / Math.abs(r.baseline) * 100));
        }
        return sb.toString().stripTrailing();
    }
}
