package org.storageharness.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storageharness.metrics.GroupMetrics;
import org.storageharness.metrics.Spread;

/** Which metrics of a case varied too much over its repetitions to be trusted. */
public final class Stability {

    private Stability() {
    }

    /** {@code metric (spread %)} for each metric of each group whose spread exceeds {@code bound}. */
    public static List<String> unstable(CaseResult result, double bound) {
        List<String> out = new ArrayList<>();
        for (GroupMetrics g : result.groups()) {
            g.median().values().forEach((metric, median) -> {
                Spread s = Spread.of(metric, median, g.repetitions());
                if (s.unstable(bound)) {
                    out.add((g.group() == null ? "" : g.group() + " ") + metric.name()
                            + String.format(Locale.ROOT, " (%.0f %%)", s.relative() * 100));
                }
            });
        }
        return out;
    }
}
