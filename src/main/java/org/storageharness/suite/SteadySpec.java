package org.storageharness.suite;

import java.util.Map;

/**
 * How a suite judges steady state: a case whose mean IOPS in the last third of its run differs from the middle third by
 * more than {@code tolerance} is not steady. That is a warning, and a failure where the suite or the workload asks for
 * {@code steady: true}.
 *
 * @param tolerance the largest relative difference still steady (suite key {@code steadyTolerance}), above 0
 * @param required whether every workload must be steady (suite key {@code steady})
 * @param byWorkload a workload's own {@code steady} key, which wins over the suite's, by workload id
 */
public record SteadySpec(double tolerance, boolean required, Map<String, Boolean> byWorkload) {

    public static final double DEFAULT_TOLERANCE = 0.10;

    public SteadySpec {
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("steadyTolerance must be above 0 but was [" + tolerance + "]");
        }
        byWorkload = Map.copyOf(byWorkload);
    }

    /** 10 % tolerance, steadiness a warning only. */
    public static SteadySpec defaults() {
        return new SteadySpec(DEFAULT_TOLERANCE, false, Map.of());
    }

    /** Whether a case of {@code workload} that is not steady fails. */
    public boolean required(String workload) {
        return byWorkload.getOrDefault(workload, required);
    }
}
