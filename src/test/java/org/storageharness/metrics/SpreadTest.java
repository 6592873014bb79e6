package org.storageharness.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storageharness.suite.Metric;

class SpreadTest {

    private static final Metric IOPS = Metric.parse("write.iops").orElseThrow();

    private static MetricSet iops(double v) {
        return new MetricSet(Map.of(IOPS, v));
    }

    @Test
    void spreadIsTheRangeOverTheMedian() {
        Spread s = Spread.of(IOPS, 1000, List.of(iops(950), iops(1000), iops(1100)));

        assertThat(s.min()).isEqualTo(950);
        assertThat(s.max()).isEqualTo(1100);
        assertThat(s.relative()).isCloseTo(0.15, within(1e-9));
        assertThat(s.unstable(0.10)).isTrue();
        assertThat(s.unstable(0.20)).isFalse();
    }

    @Test
    void aSingleRepetitionIsNeverUnstable() {
        Spread s = Spread.of(IOPS, 1000, List.of(iops(1000)));

        assertThat(s.relative()).isZero();
        assertThat(s.unstable(0)).isFalse();
    }
}
