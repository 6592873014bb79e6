package org.storageharness.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Compares a correctness check's metrics with its baseline entry, each in the direction that is better for its kind
 * ({@link CheckMetricKind}: times lower, rates higher), with the suite's {@code gate.checkTime} and
 * {@code gate.checkRate} tolerances. A check runs once, so there is no spread to widen the band.
 */
public final class CheckBaselineGate {

    private final BaselineFile baseline;
    private final GateRules rules;

    public CheckBaselineGate(BaselineFile baseline, GateRules rules) {
        this.baseline = baseline;
        this.rules = rules;
    }

    /**
     * One {@code Regression: <metric> ...} line per metric worse than its baseline beyond tolerance; empty when the
     * check is as good as before or the baseline does not know it.
     *
     * @param metrics the check's measured values by name ({@code failover.stall_s})
     */
    public List<String> failures(String target, String engine, String check, Map<String, Double> metrics) {
        Optional<BaselineFile.CheckEntry> entry = baseline.checks().stream().filter(e -> e.target().equals(target)
                && e.engine().equals(engine) && e.check().equals(check)).findFirst();
        List<String> out = new ArrayList<>();
        entry.ifPresent(e -> metrics.forEach((name, now) -> compare(check + " · " + engine, name, now, e)
                .ifPresent(out::add)));
        return out;
    }

    private Optional<String> compare(String where, String name, Double now, BaselineFile.CheckEntry entry) {
        Double base = entry.metrics().get(name);
        Optional<CheckMetricKind> kind = CheckMetricKind.of(name);
        if (base == null || now == null || kind.isEmpty()) {
            return Optional.empty();
        }
        Tolerance tolerance = rules.forCheckMetric(kind.get());
        double allowed = tolerance.allowed(base, 0);
        double worse = kind.get().higherIsBetter() ? base - now : now - base;
        if (worse <= allowed) {
            return Optional.empty();
        }
        String unit = kind.get().unit();
        double delta = base == 0 ? 0 : (now - base) / Math.abs(base) * 100;
        return Optional.of(String.format(Locale.ROOT, "Regression: %s of %s is %.3f %s, worse than its baseline"
                        + " %.3f %s [run %s] by %+.1f %% (%s %.3f %s), beyond the tolerance of %.3f %s"
                        + " (gate.%s: %.0f %%, floor %s %s)", name, where, now, unit, base, unit, entry.runId(),
                delta, kind.get().higherIsBetter() ? "lower by" : "higher by", Math.abs(worse), unit, allowed, unit,
                kind.get().gateKey(), tolerance.fraction() * 100, trim(tolerance.floor()), unit));
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
