package org.storageharness.plan;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.storageharness.results.RunRecord;
import java.util.Locale;

/**
 * What a case costs beyond fio's own runtime (layout, pre-fill, pods starting, the harness): measured from earlier runs
 * of the same suite on the same target when there are any, else a stated default.
 *
 * @param perCase the overhead of one case, all its repetitions together
 * @param source where the figure comes from, for the plan
 * @param measured true when it comes from earlier runs (and so already includes layout and pre-fill)
 */
record CaseOverhead(Duration perCase, String source, boolean measured) {

    CaseOverhead {
        Objects.requireNonNull(perCase, "perCase");
        Objects.requireNonNull(source, "source");
    }

    /**
     * The mean (wall time − fio time) of the cases that ran in {@code runs}, else {@code fallback}.
     *
     * @param where the suite, target and history folder the runs were read from, for the source line
     */
    static CaseOverhead of(List<RunRecord> runs, Duration fallback, String where) {
        List<Double> overheads = runs.stream().flatMap(r -> r.cases().stream())
                .filter(c -> c.wallSeconds() != null && c.fioSeconds() != null)
                .map(c -> Math.max(0, c.wallSeconds() - c.fioSeconds())).toList();
        if (overheads.isEmpty()) {
            return new CaseOverhead(fallback, "a default of " + seconds(fallback) + " per case: no earlier run of "
                    + where + " has timed cases", false);
        }
        double mean = overheads.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        Duration perCase = Duration.ofMillis(Math.round(mean * 1000));
        return new CaseOverhead(perCase, seconds(perCase) + " per case, the mean of wall time − fio time over "
                + overheads.size() + " case(s) of " + runs.size() + " earlier run(s) of " + where, true);
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
