package org.storageharness.metrics;

import java.util.Locale;
import org.storageharness.suite.Metric;

/** Formats metric values with their unit, at a precision that suits their size. */
public final class Format {

    private Format() {
    }

    public static String value(Metric metric, double value) {
        String number = number(value);
        return metric.unit().isEmpty() ? number : number + " " + metric.unit();
    }

    public static String number(double value) {
        double abs = Math.abs(value);
        if (abs >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (abs >= 100) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (abs >= 1) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
