package org.storageharness.check;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storageharness.engine.Health;
import org.storageharness.engine.HealthState;

/**
 * The rebuild after a failover fault, from the health the engine reports on every poll of {@link HealthWatch}:
 * {@code rebuild.s} from the first poll that saw the volume rebuilding to the first that saw it healthy again, and,
 * where the engine reports progress (Longhorn, LINSTOR, Mayastor), {@code rebuild.mib_per_s}: the least-squares slope
 * of progress × volume size over time across the rebuilding polls — the copy rate itself, without the time before
 * the rebuild started or between the last poll and healthy. A rebuild that never ends has neither; its progress
 * over time ({@link #csv()}) shows where it stopped.
 */
final class RebuildSampler {

    /** One poll while rebuilding with progress: seconds since the fault and percent done. */
    record Sample(double seconds, double percent) {
    }

    private Instant faultAt;
    private Instant rebuildingAt;
    private Instant healthyAt;
    private final List<Sample> samples = new ArrayList<>();

    /** Starts over at the fault: polls before it are the initial sync, not the rebuild. */
    synchronized void fault(Instant at) {
        faultAt = at;
        rebuildingAt = null;
        healthyAt = null;
        samples.clear();
    }

    /** One poll's health, seen at {@code at}. */
    synchronized void sample(Instant at, Health health) {
        if (faultAt == null || healthyAt != null) {
            return;
        }
        if (health.state() == HealthState.REBUILDING) {
            rebuildingAt = rebuildingAt == null ? at : rebuildingAt;
            health.rebuildProgress().ifPresent(p -> samples.add(new Sample(seconds(at), p)));
        } else if (health.healthy() && rebuildingAt != null) {
            healthyAt = at;
        }
    }

    /** {@code rebuild.s} and {@code rebuild.mib_per_s} as far as measured; empty when no completed rebuild was seen. */
    synchronized Map<String, Double> metrics(long volumeBytes) {
        Map<String, Double> m = new LinkedHashMap<>();
        if (rebuildingAt == null || healthyAt == null) {
            return m;
        }
        m.put("rebuild.s", Duration.between(rebuildingAt, healthyAt).toMillis() / 1000.0);
        double slope = slope();
        if (slope > 0) {
            m.put("rebuild.mib_per_s", slope / 100 * volumeBytes / (1 << 20));
        }
        return m;
    }

    /** Percent per second by least squares over the samples; 0 with fewer than two distinct times. */
    private double slope() {
        int n = samples.size();
        double mx = samples.stream().mapToDouble(Sample::seconds).average().orElse(0);
        double my = samples.stream().mapToDouble(Sample::percent).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        for (Sample s : samples) {
            sxy += (s.seconds() - mx) * (s.percent() - my);
            sxx += (s.seconds() - mx) * (s.seconds() - mx);
        }
        return n < 2 || sxx == 0 ? 0 : sxy / sxx;
    }

    /**
     * The progress over time, {@code seconds_since_fault,percent}, with 100 at the time the volume was healthy again;
     * {@code #} lines first carry the figures for the chart's title. Empty when the engine reported no progress.
     */
    synchronized String csv(long volumeBytes) {
        if (samples.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        metrics(volumeBytes).forEach((k, v) -> sb.append(String.format(Locale.ROOT, "# %s=%.3f%n", k, v)));
        sb.append(String.format(Locale.ROOT, "# volume_mib=%.1f%n", volumeBytes / (double) (1 << 20)));
        sb.append("seconds_since_fault,percent\n");
        samples.forEach(s -> sb.append(String.format(Locale.ROOT, "%.3f,%.1f%n", s.seconds(), s.percent())));
        if (healthyAt != null) {
            sb.append(String.format(Locale.ROOT, "%.3f,100.0%n", seconds(healthyAt)));
        }
        return sb.toString();
    }

    private double seconds(Instant at) {
        return Duration.between(faultAt, at).toNanos() / 1e9;
    }
}
