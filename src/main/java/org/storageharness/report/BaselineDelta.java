package org.storageharness.report;

import java.util.Locale;

/**
 * How an engine's value differs from the baseline engine's, in % of the baseline (experiment 3: overhead against the
 * raw device). The sign follows the number — a latency three times the baseline's is {@code +200 %} — and whether
 * that is better or worse is said in words (and in colour in HTML), never folded into the sign.
 *
 * @param higherIsBetter true for IOPS and bandwidth, false for latency and resource use
 */
public record BaselineDelta(double value, double baseline, boolean higherIsBetter) {

    /** How much better than the baseline a result may be before it is flagged: above the raw device is a cache. */
    public static final double SUSPICIOUS = 0.10;

    public BaselineDelta {
        if (baseline == 0) {
            throw new IllegalArgumentException("a baseline of 0 has no relative difference");
        }
    }

    /** (value − baseline) / baseline: +2.0 for three times the baseline, −0.4 for 60 % of it. */
    public double relative() {
        return (value - baseline) / baseline;
    }

    /** True when the difference rounds to 0 % and so is neither better nor worse. */
    public boolean same() {
        return Math.round(relative() * 100) == 0;
    }

    public boolean better() {
        return !same() && (higherIsBetter == relative() > 0);
    }

    /** More than {@link #SUSPICIOUS} better than the baseline: the storage beat the device it sits on. */
    public boolean suspicious() {
        return (higherIsBetter ? relative() : -relative()) > SUSPICIOUS;
    }

    /** {@code +202 %}, {@code -40 %}, {@code ±0 %}. */
    public String percent() {
        return same() ? "±0 %" : String.format(Locale.ROOT, "%+.0f %%", relative() * 100);
    }

    /** {@code +202 % worse}, {@code +150 % better ⚠}, {@code ±0 %}. */
    public String text() {
        if (same()) {
            return percent();
        }
        return percent() + (better() ? " better" : " worse") + (suspicious() ? " ⚠" : "");
    }

    /** The text in green (better) or red (worse), with an arrow that points the way the number went. */
    public String html() {
        if (same()) {
            return "<span class=\"delta\">" + text() + "</span>";
        }
        return "<span class=\"delta " + (better() ? "better" : "worse") + "\">" + (relative() > 0 ? "↑ " : "↓ ")
                + text() + "</span>";
    }
}
