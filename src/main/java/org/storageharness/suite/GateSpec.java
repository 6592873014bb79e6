package org.storageharness.suite;

/**
 * The suite's baseline tolerances (key {@code gate:}): for IOPS, bandwidth and latency, a fraction of the baseline and
 * an absolute floor in the metric's unit (IOPS, MiB/s, ms); for the checks' metrics, the same for their times
 * ({@code checkTime}, names ending {@code _s} or {@code .s}, floor in seconds) and their rates ({@code checkRate},
 * names ending {@code mib_per_s}, floor in MiB/s).
 */
public record GateSpec(double iopsFraction, double iopsFloor, double bwFraction, double bwFloor,
                       double latencyFraction, double latencyFloor, double checkTimeFraction, double checkTimeFloor,
                       double checkRateFraction, double checkRateFloor) {

    /** 25 % (at least 1 s) for the checks' times, 25 % (at least 5 MiB/s) for their rates. */
    public static final double CHECK_TIME_FRACTION = 0.25;
    public static final double CHECK_TIME_FLOOR = 1;
    public static final double CHECK_RATE_FRACTION = 0.25;
    public static final double CHECK_RATE_FLOOR = 5;

    /** The benchmark tolerances with the checks' defaults. */
    public GateSpec(double iopsFraction, double iopsFloor, double bwFraction, double bwFloor, double latencyFraction,
                    double latencyFloor) {
        this(iopsFraction, iopsFloor, bwFraction, bwFloor, latencyFraction, latencyFloor, CHECK_TIME_FRACTION,
                CHECK_TIME_FLOOR, CHECK_RATE_FRACTION, CHECK_RATE_FLOOR);
    }

    /**
     * 10 % (at least 50 IOPS / 1 MiB/s) for throughput, 20 % (at least 0.05 ms) for latency, 25 % (at least 1 s) for
     * the checks' times and 25 % (at least 5 MiB/s) for their rates.
     */
    public static GateSpec defaults() {
        return new GateSpec(0.10, 50, 0.10, 1, 0.20, 0.05);
    }
}
