package org.storageharness.suite;

import java.util.ArrayList;
import java.util.List;

/**
 * A load curve's points ({@code sweep: {iodepth: [1, 2, 4, 8, 16, 32]}}): one case per iodepth × numjobs, iodepth
 * varying fastest. An empty list means that option keeps the workload's own value.
 *
 * @param iodepths the queue depths, in curve order; empty when the sweep does not vary iodepth
 * @param numjobs the job counts, in curve order; empty when the sweep does not vary numjobs
 */
public record Sweep(List<Integer> iodepths, List<Integer> numjobs) {

    public Sweep {
        iodepths = List.copyOf(iodepths);
        numjobs = List.copyOf(numjobs);
        if (iodepths.isEmpty() && numjobs.isEmpty()) {
            throw new IllegalArgumentException("a sweep varies iodepth, numjobs or both");
        }
    }

    /** The points in curve order, each labelled ({@code qd16}, {@code nj4}, {@code qd16-nj4}). */
    public List<SweepPoint> points(String group) {
        List<Integer> jobs = numjobs.isEmpty() ? List.of(0) : numjobs;
        List<Integer> depths = iodepths.isEmpty() ? List.of(0) : iodepths;
        int count = jobs.size() * depths.size();
        List<SweepPoint> points = new ArrayList<>();
        for (int nj : jobs) {
            for (int qd : depths) {
                points.add(new SweepPoint(group, SweepPoint.label(qd, nj), qd, nj, points.size(), count));
            }
        }
        return points;
    }
}
