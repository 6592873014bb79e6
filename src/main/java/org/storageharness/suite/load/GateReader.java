package org.storageharness.suite.load;

import org.storageharness.suite.GateSpec;
import org.storageharness.suite.Problem;
import org.storageharness.suite.Units;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.OptionalDouble;

/**
 * Reads {@code gate: {iops: {tolerance: 10%, floor: 50}, bandwidth: {...}, latency: {tolerance: 20%, floor: 0.05ms},
 * checkTime: {tolerance: 25%, floor: 1s}, checkRate: {tolerance: 25%, floor: 5}}}.
 */
final class GateReader {

    private static final Set<String> KEYS = Set.of("iops", "bandwidth", "latency", "checkTime", "checkRate");
    private static final Set<String> RULE_KEYS = Set.of("tolerance", "floor");

    private GateReader() {
    }

    static GateSpec read(Fields top, List<Problem> problems) {
        GateSpec d = GateSpec.defaults();
        if (!top.has("gate")) {
            return d;
        }
        Fields f = Fields.of(top.node("gate"), KEYS, problems);
        double[] iops = rule(f, "iops", d.iopsFraction(), d.iopsFloor(), Floor.NUMBER, problems);
        double[] bw = rule(f, "bandwidth", d.bwFraction(), d.bwFloor(), Floor.NUMBER, problems);
        double[] lat = rule(f, "latency", d.latencyFraction(), d.latencyFloor(), Floor.LATENCY, problems);
        double[] time = rule(f, "checkTime", d.checkTimeFraction(), d.checkTimeFloor(), Floor.SECONDS, problems);
        double[] rate = rule(f, "checkRate", d.checkRateFraction(), d.checkRateFloor(), Floor.NUMBER, problems);
        return new GateSpec(iops[0], iops[1], bw[0], bw[1], lat[0], lat[1], time[0], time[1], rate[0], rate[1]);
    }

    /** The unit of a rule's floor. */
    private enum Floor { NUMBER, LATENCY, SECONDS }

    private static double[] rule(Fields gate, String key, double fraction, double floor, Floor unit,
                                 List<Problem> problems) {
        if (!gate.has(key)) {
            return new double[] {fraction, floor};
        }
        Fields f = Fields.of(gate.node(key), RULE_KEYS, problems);
        String tolerance = f.string("tolerance", null);
        if (tolerance != null) {
            fraction = parseFraction(tolerance, f, "tolerance");
        }
        String floorText = f.string("floor", null);
        if (floorText != null) {
            floor = switch (unit) {
                case LATENCY -> parseLatency(floorText, f);
                case SECONDS -> parseSeconds(floorText, f);
                case NUMBER -> parseNumber(floorText, f);
            };
        }
        return new double[] {fraction, floor};
    }

    private static double parseFraction(String text, Fields f, String key) {
        OptionalDouble v = Units.fraction(text);
        if (v.isEmpty()) {
            f.report(key, "expected a percentage such as [10%] but was [" + text + "]");
        }
        return v.orElse(0);
    }

    private static double parseNumber(String text, Fields f) {
        try {
            return Math.max(0, Double.parseDouble(text));
        } catch (NumberFormatException e) {
            f.report("floor", "expected a number (IOPS or MiB/s) but was [" + text + "]");
            return 0;
        }
    }

    private static double parseSeconds(String text, Fields f) {
        Duration d = Units.duration(text);
        if (d == null) {
            f.report("floor", "expected a duration such as [1s] or [500ms] but was [" + text + "]");
            return 0;
        }
        return d.toMillis() / 1000.0;
    }

    private static double parseLatency(String text, Fields f) {
        OptionalDouble ms = Units.latencyMillis(text);
        if (ms.isEmpty()) {
            f.report("floor", "expected a latency such as [0.05ms] or [200us] but was [" + text + "]");
            return 0;
        }
        return ms.getAsDouble();
    }
}
