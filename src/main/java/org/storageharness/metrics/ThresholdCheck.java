package org.storageharness.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.storageharness.suite.Threshold;

/** Judges one case's metrics against its thresholds and collects every violation, so all are reported at once. */
public final class ThresholdCheck {

    private ThresholdCheck() {
    }

    /**
     * Violations of {@code thresholds} by {@code metrics}; a threshold on a metric the workload did not measure
     * (e.g. read IOPS of a write-only job) does not apply.
     *
     * @param group fio group name for messages when a workload has several groups, null otherwise
     */
    public static List<Violation> evaluate(List<Threshold> thresholds, MetricSet metrics, String group) {
        List<Violation> violations = new ArrayList<>();
        for (Threshold t : thresholds) {
            OptionalDouble value = metrics.get(t.metric());
            if (value.isPresent() && !t.accepts(value.getAsDouble())) {
                violations.add(new Violation(t, value.getAsDouble(), group));
            }
        }
        return violations;
    }

    /**
     * The failure message in the house shape: {@code Threshold violated: <case> expected ... but was ...; hint}, one
     * line per violation when there are several.
     */
    public static String message(String caseName, List<Violation> violations) {
        String hint = "; if this level is expected for this hardware, adjust the threshold in the suite file";
        if (violations.size() == 1) {
            return "Threshold violated: " + caseName + " " + violations.get(0).describe() + hint;
        }
        return "Threshold violated: " + caseName + " broke " + violations.size() + " thresholds" + hint + "\n"
                + violations.stream().map(v -> "  - " + v.describe()).collect(Collectors.joining("\n"));
    }
}
