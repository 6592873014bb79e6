package org.storageharness.fio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storageharness.fio.IopsSeries.Second;
import org.assertj.core.groups.Tuple;

/** On the load logs of real fio 3.33 runs frozen for 1.5 s (src/test/resources/fio/stall, see its README). */
class IopsSeriesTest {

    private static final long T = 1795388254000L;

    private static IopsSeries load(String run) {
        return IopsSeries.parse(run + ".load_iops.1.log", Fixtures.text("stall/" + run + ".load_iops.1.log"));
    }

    @Test
    void aStalledSecondWithoutARowCountsAsZero() {
        List<Second> series = load("fsfreeze").perSecond();

        assertThat(series).extracting(Second::iops).containsExactly(85575L, 39390L, 0L, 69699L);
        assertThat(series.get(2).end()).isEqualTo(Instant.ofEpochMilli(1795388261094L));
    }

    @Test
    void theCatchUpRowAfterFrozenProcessesFollowsTheZeroSecond() {
        assertThat(load("sigstop").perSecond()).extracting(Second::iops)
                .containsExactly(41231L, 0L, 10317L, 34983L, 28324L);
    }

    @Test
    void writesTheSeriesAsCsvForTheEvidence() {
        assertThat(series("1000, 50, 1", "3000, 60, 1").perSecondCsv())
                .isEqualTo("end_epoch_ms,iops\n" + (T + 1000) + ",50\n" + (T + 2000) + ",0\n" + (T + 3000) + ",60\n");
    }

    @Test
    void theFreezeWindowHoldsTheZeroSecond() {
        Instant[] freeze = IoTimelineTest.freeze("fsfreeze");

        List<Second> window = load("fsfreeze").perSecond(freeze[0].minusSeconds(1), freeze[1].plusSeconds(1));

        assertThat(window).extracting(Second::iops).containsExactly(39390L, 0L, 69699L);
    }

    @Test
    void secondsBeforeTheFirstRowAndAfterTheLastCountAsZero() {
        IopsSeries series = series("1000, 50, 1", "2000, 60, 1");

        assertThat(series.perSecond(at(-1500), at(4100))).extracting(s -> s.end().toEpochMilli() - T, Second::iops)
                .containsExactly(tuple(0, 0), tuple(1000, 50), tuple(2000, 60), tuple(3000, 0), tuple(4000, 0));
        assertThat(series.perSecond(at(3100), at(5100))).extracting(s -> s.end().toEpochMilli() - T)
                .containsExactly(5000L);
        assertThat(series.perSecond(at(-3000), at(-1000))).extracting(s -> s.end().toEpochMilli() - T)
                .containsExactly(-2000L, -1000L);
    }

    @Test
    void anEmptyLogIsAllZeros() {
        assertThat(series().perSecond(at(0), at(3500))).extracting(Second::iops).containsExactly(0L, 0L, 0L);
        assertThat(series().perSecond()).isEmpty();
    }

    @Test
    void readAndWriteRowsOfOneSecondAddUp() {
        assertThat(series("1000, 50, 0", "1001, 70, 1", "2000, 40, 0", "2000, 30, 1").perSecond())
                .extracting(Second::iops).containsExactly(120L, 70L);
    }

    @Test
    void aRowLessThanHalfASecondLaterJoinsItsSecondWithTheLargerValue() {
        assertThat(series("1000, 50, 1", "3300, 10, 1", "3700, 80, 1", "4700, 60, 1").perSecond())
                .extracting(s -> s.end().toEpochMilli() - T, Second::iops)
                .containsExactly(tuple(1000, 50), tuple(2000, 0), tuple(3300, 80), tuple(4700, 60));
    }

    @Test
    void rejectsAPerIoLog() {
        assertThatThrownBy(() -> IopsSeries.parse("canary_lat.2.log",
                Fixtures.text("stall/sigstop.canary_lat.2.log"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[canary_lat.2.log]").hasMessageContaining("log_avg_msec=1000");
    }

    @Test
    void rejectsAWindowThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> series().perSecond(at(1000), at(0))).isInstanceOf(IllegalArgumentException.class);
    }

    private static Tuple tuple(long endOffset, long iops) {
        return Tuple.tuple(endOffset, iops);
    }

    private static Instant at(long offsetMillis) {
        return Instant.ofEpochMilli(T + offsetMillis);
    }

    /** Rows "offset ms, iops, ddir" after {@link #T}. */
    private static IopsSeries series(String... rows) {
        StringBuilder log = new StringBuilder();
        for (String row : rows) {
            String[] f = row.split(", ");
            log.append(T + Long.parseLong(f[0])).append(", ").append(f[1]).append(", ").append(f[2]).append(", 0, 0\n");
        }
        return IopsSeries.parse("test.log", log.toString());
    }
}
