package org.storageharness.suite;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the human units used in suite files: durations, fio sizes, latencies. Empty results mean "not valid". */
public final class Units {

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmgtp]?)(i?b)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern LATENCY = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ns|us|µs|ms|s)?");

    private Units() {
    }

    /** {@code 10s}, {@code 5m}, {@code 1h}, {@code 500ms}; a bare number is seconds. Null when not a duration. */
    public static Duration duration(String text) {
        Matcher m = DURATION.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double millis = switch (unit) {
            case "ms" -> value;
            case "m" -> value * 60_000;
            case "h" -> value * 3_600_000;
            default -> value * 1000;
        };
        return Duration.ofMillis(Math.round(millis));
    }

    /** fio size syntax ({@code 4k}, {@code 800m}, {@code 1GiB}, {@code 512}); 1024-based as fio's default. */
    public static OptionalLong sizeBytes(String text) {
        Matcher m = SIZE.matcher(text.trim());
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            case "t" -> 40;
            case "p" -> 50;
            default -> 0;
        };
        return OptionalLong.of(Long.parseLong(m.group(1)) << shift);
    }

    /** Accepts a single fio size or fio's range/list forms ({@code 4k-64k}, {@code 4k,8k}, {@code 4k:8k}). */
    public static boolean isFioSizeExpression(String text) {
        for (String part : text.split("[-,:/]")) {
            if (part.isBlank() || sizeBytes(part).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Latency in milliseconds from {@code 25ms}, {@code 500us}, {@code 2s}, {@code 800ns}; a bare number is ms. */
    /** {@code 10%} or {@code 0.1} as the fraction 0.1; empty when it is neither or negative. */
    public static OptionalDouble fraction(String text) {
        try {
            String t = text.trim();
            double v = t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1).trim()) / 100
                    : Double.parseDouble(t);
            return v >= 0 ? OptionalDouble.of(v) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    public static OptionalDouble latencyMillis(String text) {
        Matcher m = LATENCY.matcher(text.trim());
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "ms" : m.group(2);
        return OptionalDouble.of(switch (unit) {
            case "ns" -> value / 1_000_000;
            case "us", "µs" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        });
    }

    /** Short human form of a duration: {@code 45 s}, {@code 3 min 20 s}. */
    public static String human(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return s + " s";
        }
        long min = s / 60;
        return s % 60 == 0 ? min + " min" : min + " min " + s % 60 + " s";
    }
}
