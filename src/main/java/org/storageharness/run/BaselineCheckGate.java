package org.storageharness.run;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.storageharness.gate.CheckBaselineGate;
import org.storageharness.suite.CheckKind;

/** The baseline comparison of {@code -Dbaseline=FILE} as the gate every correctness check of the run passes through. */
public final class BaselineCheckGate implements CheckGate {

    private final CheckBaselineGate baseline;

    public BaselineCheckGate(CheckBaselineGate baseline) {
        this.baseline = Objects.requireNonNull(baseline, "baseline");
    }

    @Override
    public List<String> failures(String target, String engine, CheckKind check, Map<String, Double> metrics) {
        return baseline.failures(target, engine, check.id(), metrics);
    }
}
