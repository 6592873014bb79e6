package org.storageharness.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.storageharness.engine.Health;
import org.storageharness.engine.HealthState;

/** The rebuild's figures from the polls: time from rebuilding to healthy, and the copy rate by least squares. */
class RebuildSamplerTest {

    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");
    private static final long MIB_100 = 100L << 20;

    private static Health rebuilding(double percent) {
        return new Health(HealthState.REBUILDING, OptionalDouble.of(percent), "");
    }

    private static Instant at(double seconds) {
        return T0.plusMillis(Math.round(seconds * 1000));
    }

    @Test
    void aSteadyCopyGivesItsRateAndTheTimeFromRebuildingToHealthy() {
        RebuildSampler s = new RebuildSampler();
        s.sample(at(-5), rebuilding(10));
        s.fault(T0);
        s.sample(at(0.2), Health.of(HealthState.DEGRADED, ""));
        for (int i = 0; i <= 8; i++) {
            s.sample(at(1 + i * 0.25), rebuilding(i * 12.5 / 2));
        }
        s.sample(at(3.4), Health.of(HealthState.HEALTHY, ""));

        // 6.25 % per 0.25 s = 25 %/s of 100 MiB.
        assertThat(s.metrics(MIB_100)).containsEntry("rebuild.s", 2.4);
        assertThat(s.metrics(MIB_100).get("rebuild.mib_per_s")).isCloseTo(25, within(1e-9));
        assertThat(s.csv(MIB_100)).startsWith("# rebuild.s=2.400\n# rebuild.mib_per_s=25.000\n# volume_mib=100.0\n"
                + "seconds_since_fault,percent\n1.000,0.0\n").endsWith("3.000,50.0\n3.400,100.0\n");
    }

    @Test
    void aRebuildThatNeverEndsHasNoFiguresButItsPlateau() {
        RebuildSampler s = new RebuildSampler();
        s.fault(T0);
        for (int i = 0; i < 12; i++) {
            s.sample(at(1 + i * 0.25), rebuilding(Math.min(50, i * 10)));
        }

        assertThat(s.metrics(MIB_100)).isEmpty();
        assertThat(s.csv(MIB_100)).doesNotContain("rebuild.s").endsWith("3.750,50.0\n");
    }

    @Test
    void anEngineWithoutProgressHasARebuildTimeButNoRate() {
        RebuildSampler s = new RebuildSampler();
        s.fault(T0);
        s.sample(at(1), Health.of(HealthState.REBUILDING, ""));
        s.sample(at(2), Health.of(HealthState.HEALTHY, ""));

        assertThat(s.metrics(MIB_100)).containsOnlyKeys("rebuild.s");
        assertThat(s.csv(MIB_100)).isEmpty();
    }
}
