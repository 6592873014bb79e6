package org.storageharness.suite;

import java.util.Objects;

/**
 * Where a workload sits in a load curve: one point of a swept workload ({@code sweep: {iodepth: [1, 2, 4]}}).
 *
 * @param group the swept workload's id as the suite names it: the curve the point belongs to
 * @param label the point's name in display names and charts: {@code qd16}, {@code nj4} or {@code qd16-nj4}
 * @param iodepth the point's iodepth, or 0 when the sweep does not vary it
 * @param numjobs the point's numjobs, or 0 when the sweep does not vary it
 * @param index the point's position in the sweep, from 0
 * @param count how many points the sweep has
 */
public record SweepPoint(String group, String label, int iodepth, int numjobs, int index, int count) {

    public SweepPoint {
        Objects.requireNonNull(group);
        Objects.requireNonNull(label);
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("point " + index + " of " + count);
        }
    }

    /** {@code qd16}, {@code nj4}, or {@code qd16-nj4} when both vary. */
    public static String label(int iodepth, int numjobs) {
        String qd = iodepth > 0 ? "qd" + iodepth : "";
        String nj = numjobs > 0 ? "nj" + numjobs : "";
        return qd.isEmpty() || nj.isEmpty() ? qd + nj : qd + "-" + nj;
    }

    /** True for the sweep's last point: after it, every point of the curve has run. */
    public boolean last() {
        return index == count - 1;
    }
}
