package org.storageharness.engine;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A volume's health at one moment.
 *
 * @param state the state on the common scale
 * @param rebuildProgress percent done of the rebuild in progress, if the engine reports it
 * @param detail the engine's own words, for evidence (e.g. {@code robustness=degraded, replicas RW=2 WO=1})
 */
public record Health(HealthState state, OptionalDouble rebuildProgress, String detail) {

    public Health {
        Objects.requireNonNull(state);
        rebuildProgress = rebuildProgress == null ? OptionalDouble.empty() : rebuildProgress;
        detail = detail == null ? "" : detail;
    }

    public static Health of(HealthState state, String detail) {
        return new Health(state, OptionalDouble.empty(), detail);
    }

    public boolean healthy() {
        return state == HealthState.HEALTHY;
    }
}
