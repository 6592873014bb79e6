package org.storageharness.check;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.storageharness.engine.EngineAdapter;
import org.storageharness.engine.Health;
import org.storageharness.engine.VolumeRef;
import java.util.function.Predicate;

/**
 * Follows a volume's health through its engine adapter and keeps every change with its time, for the report: the
 * timeline shows degraded → rebuilding (with progress) → healthy.
 */
final class HealthWatch {

    private static final Duration POLL = Duration.ofMillis(250);

    private final EngineAdapter adapter;
    private final VolumeRef volume;
    private final List<String> timeline = new ArrayList<>();
    private final RebuildSampler rebuild;
    private String last;

    /** @param rebuild gets every poll's health, for the rebuild's figures */
    HealthWatch(EngineAdapter adapter, VolumeRef volume, RebuildSampler rebuild) {
        this.adapter = adapter;
        this.volume = volume;
        this.rebuild = rebuild;
    }

    /** Waits until the volume is healthy; the time it became so, or empty when {@code bound} passed first. */
    Optional<Instant> awaitHealthy(String alias, Duration bound) {
        return await(alias, bound, Health::healthy);
    }

    /** Waits until the engine reports the volume not healthy; empty when it never did within {@code bound}. */
    Optional<Instant> awaitUnhealthy(String alias, Duration bound) {
        return await(alias, bound, h -> !h.healthy());
    }

    private Optional<Instant> await(String alias, Duration bound, Predicate<Health> done) {
        try {
            long millis = Math.max(bound.toMillis(), 1);
            Awaitility.await(alias).atMost(millis, TimeUnit.MILLISECONDS).pollDelay(Duration.ZERO)
                    .pollInterval(POLL).until(() -> done.test(observe()));
            return Optional.of(Instant.now());
        } catch (ConditionTimeoutException e) {
            return Optional.empty();
        }
    }

    private Health observe() {
        Health h = adapter.health(volume);
        rebuild.sample(Instant.now(), h);
        String line = h.state() + (h.rebuildProgress().isPresent() ? " " + Math.round(h.rebuildProgress()
                .getAsDouble()) + "%" : "") + (h.detail().isEmpty() ? "" : " (" + h.detail() + ")");
        if (!line.equals(last)) {
            timeline.add(Instant.now() + " " + line);
            last = line;
        }
        return h;
    }

    /** Every health change seen, one line each with its time. */
    String timeline() {
        return String.join("\n", timeline) + "\n";
    }
}
