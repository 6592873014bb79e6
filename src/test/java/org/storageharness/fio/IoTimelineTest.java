package org.storageharness.fio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** On the canary logs of real fio 3.33 runs frozen for 1.5 s (src/test/resources/fio/stall, see its README). */
class IoTimelineTest {

    private static final Instant T = Instant.ofEpochMilli(1795388254000L);

    static IoTimeline canary(String run) {
        return IoTimeline.parse(run + ".canary_lat.2.log", Fixtures.text("stall/" + run + ".canary_lat.2.log"));
    }

    /** The freeze of a fixture run: epoch ms just before it began and just after it ended. */
    static Instant[] freeze(String run) {
        String[] ms = Fixtures.text("stall/" + run + ".freeze.txt").trim().split(" ");
        return new Instant[] {Instant.ofEpochMilli(Long.parseLong(ms[0])), Instant.ofEpochMilli(Long.parseLong(ms[1]))};
    }

    @Test
    void theLongestGapOfAFrozenWriterIsTheFreeze() {
        Instant[] freeze = freeze("sigstop");
        Duration frozen = Duration.between(freeze[0], freeze[1]);

        Duration gap = canary("sigstop").longestGap(freeze[0].minusSeconds(1), freeze[1].plusSeconds(1));

        assertThat(gap).isEqualTo(Duration.ofMillis(1508)).isBetween(frozen.minusMillis(100), frozen.plusMillis(100));
    }

    @Test
    void aFrozenFilesystemShowsAsGapAndAsMaxLatency() {
        IoTimeline canary = canary("fsfreeze");
        Instant[] freeze = freeze("fsfreeze");

        assertThat(canary.longestGap(freeze[0].minusSeconds(1), freeze[1].plusSeconds(1)))
                .isEqualTo(Duration.ofMillis(1551));
        assertThat(canary.maxLatency()).contains(Duration.ofNanos(1545755907));
    }

    @Test
    void outsideTheFreezeTheCanaryCompletesEveryFewMilliseconds() {
        Instant[] freeze = freeze("sigstop");

        assertThat(canary("sigstop").longestGap(freeze[1].plusMillis(100), freeze[1].plusSeconds(1)))
                .isLessThan(Duration.ofMillis(50));
        assertThat(canary("sigstop").completions()).hasSize(670).isSorted();
    }

    @Test
    void findsTheFirstCompletionAfterTheStall() {
        // the canary's last completion before the frozen filesystem stopped it was at ...259557
        assertThat(canary("fsfreeze").firstCompletionAfter(Instant.ofEpochMilli(1795388259558L)))
                .contains(Instant.ofEpochMilli(1795388261108L));
        assertThat(timeline(1000, 1100).firstCompletionAfter(T.plusMillis(1100))).contains(T.plusMillis(1100));
        assertThat(timeline(1000, 1100).firstCompletionAfter(T.plusMillis(1101))).isEmpty();
    }

    @Test
    void countsTheWindowEdges() {
        IoTimeline t = timeline(1000, 1100, 1200);

        assertThat(t.longestGap(T.plusMillis(200), T.plusMillis(1150))).isEqualTo(Duration.ofMillis(800));
        assertThat(t.longestGap(T.plusMillis(1000), T.plusMillis(2000))).isEqualTo(Duration.ofMillis(800));
        assertThat(t.longestGap(T.plusMillis(1000), T.plusMillis(1200))).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void aWindowWithoutCompletionsIsOneGap() {
        assertThat(timeline(1000).longestGap(T.plusSeconds(2), T.plusSeconds(5))).isEqualTo(Duration.ofSeconds(3));
        assertThat(timeline().longestGap(T, T.plusSeconds(5))).isEqualTo(Duration.ofSeconds(5));
        assertThat(timeline().maxLatency()).isEmpty();
    }

    @Test
    void rejectsAWindowThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> timeline(1000).longestGap(T.plusSeconds(1), T))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it starts");
    }

    @Test
    void rejectsAWindowedLogWhereOneRowPerIoIsNeeded() {
        assertThatThrownBy(() -> IoTimeline.parse("load_iops.1.log", Fixtures.text("stall/sigstop.load_iops.1.log")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[load_iops.1.log]")
                .hasMessageContaining("log_avg_msec=0");
    }

    @Test
    void rejectsALogWithoutEpochTimes() {
        assertThatThrownBy(() -> IoTimeline.parse("c.log", "5, 90000, 1, 4096, 0\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("log_unix_epoch=1");
    }

    private static IoTimeline timeline(long... offsetsMillis) {
        StringBuilder log = new StringBuilder();
        for (long offset : offsetsMillis) {
            log.append(T.toEpochMilli() + offset).append(", 90000, 1, 4096, 0\n");
        }
        return IoTimeline.parse("test.log", log.toString());
    }
}
