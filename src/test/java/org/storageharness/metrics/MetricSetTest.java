package org.storageharness.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storageharness.fio.Direction;
import org.storageharness.fio.DirectionStats;
import org.storageharness.fio.GroupResult;
import org.storageharness.fio.LatencyHistogram;
import org.storageharness.fio.LatencyStats;
import org.storageharness.suite.Metric;

class MetricSetTest {

    private static DirectionStats stats(double iops, long bins) {
        LatencyHistogram h = LatencyHistogram.of(Map.of(1_000_000L, bins - 1, 30_000_000L, 1L));
        return new DirectionStats(bins * 4096, bins, iops, iops * 4096, 1000, 0, 0,
                new LatencyStats("lat_ns", bins, 1_500_000, 900_000, 30_000_000, h, Map.of()));
    }

    private static Metric metric(String name) {
        return Metric.parse(name).orElseThrow();
    }

    @Test
    void convertsToReportUnitsAndTotals() {
        Map<Direction, DirectionStats> d = new EnumMap<>(Direction.class);
        d.put(Direction.READ, stats(1000, 1000));
        d.put(Direction.WRITE, stats(500, 500));
        MetricSet set = MetricSet.of(new GroupResult(0, "g", 1, d));

        assertThat(set.get(metric("read.iops")).getAsDouble()).isEqualTo(1000);
        assertThat(set.get(metric("total.iops")).getAsDouble()).isEqualTo(1500);
        assertThat(set.get(metric("read.bw")).getAsDouble()).isEqualTo(1000 * 4096 / 1048576.0);
        assertThat(set.get(metric("write.lat.mean")).getAsDouble()).isEqualTo(1.5);
        assertThat(set.get(metric("write.lat.p50")).getAsDouble()).isEqualTo(1.0);
        assertThat(set.get(metric("write.lat.p99.99")).getAsDouble()).isEqualTo(30.0);
        assertThat(set.get(metric("write.lat.max")).getAsDouble()).isEqualTo(30.0);
    }

    @Test
    void anUnusedDirectionHasNoMetricsRatherThanZeros() {
        Map<Direction, DirectionStats> d = new EnumMap<>(Direction.class);
        d.put(Direction.WRITE, stats(500, 500));
        MetricSet set = MetricSet.of(new GroupResult(0, "g", 1, d));

        assertThat(set.values().keySet()).noneMatch(m -> m.scope().equals("read"));
    }

    @Test
    void medianOverRepetitions() {
        Metric iops = metric("read.iops");
        List<MetricSet> reps = List.of(new MetricSet(Map.of(iops, 3.0)), new MetricSet(Map.of(iops, 1.0)),
                new MetricSet(Map.of(iops, 2.0)), new MetricSet(Map.of(iops, 10.0)));

        assertThat(MetricSet.median(reps).get(iops).getAsDouble()).isEqualTo(2.5);
        assertThat(MetricSet.median(reps.subList(0, 3)).get(iops).getAsDouble()).isEqualTo(2.0);
    }
}
