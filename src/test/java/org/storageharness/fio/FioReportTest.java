package org.storageharness.fio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Merging reports of the same job run at once in several places (fan-out pods). */
class FioReportTest {

    @Test
    void concurrentReportsAddUpRatesAndMergeHistogramsPerGroup() {
        FioReport one = Fixtures.report("randwrite-only.jsonplus.json");
        DirectionStats alone = one.groups().get(0).direction(Direction.WRITE);

        FioReport merged = FioReport.concurrent(List.of(one, one, one));

        GroupResult group = merged.groups().get(0);
        DirectionStats write = group.direction(Direction.WRITE);
        assertThat(merged.groups()).hasSize(1);
        assertThat(group.jobs()).isEqualTo(3);
        assertThat(write.iops()).isCloseTo(3 * alone.iops(), within(1e-6));
        assertThat(write.totalIos()).isEqualTo(3 * alone.totalIos());
        assertThat(write.latency().histogram().total()).isEqualTo(3 * alone.latency().histogram().total());
        assertThat(write.latency().percentileNanos(99)).isEqualTo(alone.latency().percentileNanos(99));
        assertThat(merged.documents()).isEqualTo(3);
        assertThat(merged.fioVersion()).isEqualTo(one.fioVersion());
    }

    @Test
    void stonewalledGroupsStaySeparateWhenMerged() {
        FioReport threeGroups = Fixtures.report("qd64-3groups.group_reporting.jsonplus.json");

        FioReport merged = FioReport.concurrent(List.of(threeGroups, threeGroups));

        assertThat(merged.groups()).extracting(GroupResult::name)
                .containsExactlyElementsOf(threeGroups.groups().stream().map(GroupResult::name).toList());
        assertThat(merged.groups()).allSatisfy(g -> assertThat(g.jobs()).isEqualTo(2));
    }

    @Test
    void refusesToMergeNothing() {
        assertThatThrownBy(() -> FioReport.concurrent(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
    }
}
