package org.storageharness.run;

import java.util.Objects;
import java.util.Optional;
import org.storageharness.gate.BaselineGate;

/** The baseline comparison of {@code -Dbaseline=FILE} as the gate every case of the run passes through. */
public final class BaselineCaseGate implements CaseGate {

    private final BaselineGate baseline;

    public BaselineCaseGate(BaselineGate baseline) {
        this.baseline = Objects.requireNonNull(baseline, "baseline");
    }

    @Override
    public Optional<String> failure(String target, CaseResult result) {
        BenchmarkCase c = result.benchmarkCase();
        return baseline.failure(target, new BaselineGate.Measured(c.engine().id(), c.workload().id(),
                result.groups()));
    }
}
