package org.storageharness.gate;

import java.util.Optional;

/**
 * What a check's metric measures, read from its name, so a new check's metrics are gated without code: names ending
 * {@code mib_per_s} are rates (higher is better), other names ending {@code _s} or {@code .s} ({@code rebuild.s}) are
 * times (lower is better); the rest
 * (counts such as {@code failover.io_errors}, judged by the check itself) are not gated.
 */
public enum CheckMetricKind {
    TIME("s", false, "checkTime"),
    RATE("MiB/s", true, "checkRate");

    private final String unit;
    private final boolean higherIsBetter;
    private final String gateKey;

    CheckMetricKind(String unit, boolean higherIsBetter, String gateKey) {
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
        this.gateKey = gateKey;
    }

    /** The kind of {@code metric} ({@code failover.stall_s} → TIME, {@code rebuild.mib_per_s} → RATE), or empty. */
    public static Optional<CheckMetricKind> of(String metric) {
        if (metric.endsWith("mib_per_s")) {
            return Optional.of(RATE);
        }
        return metric.endsWith("_s") || metric.endsWith(".s") ? Optional.of(TIME) : Optional.empty();
    }

    public String unit() {
        return unit;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** The suite's {@code gate:} key that sets its tolerance. */
    public String gateKey() {
        return gateKey;
    }
}
