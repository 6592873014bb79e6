package org.storageharness.fio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Percentiles from merged bins, checked against fio's own numbers on real runs. */
class LatencyHistogramTest {

    private static final List<Double> FIO_DEFAULT_PERCENTILES = List.of(1.0, 5.0, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0,
            70.0, 80.0, 90.0, 95.0, 99.0, 99.5, 99.9, 99.95, 99.99);

    private static String key(double p) {
        return String.format(Locale.ROOT, "%f", p);
    }

    @Test
    void mergedBinsGiveFiosGroupReportingPercentilesExactly() {
        FioReport grouped = Fixtures.report("randrw-4k-qd16x8.group_reporting.jsonplus.json");
        JobStats group = grouped.jobs().get(0);

        for (Direction d : List.of(Direction.READ, Direction.WRITE)) {
            LatencyStats lat = group.direction(d).latency();
            assertThat(lat.histogram().total()).isEqualTo(group.direction(d).totalIos());
            for (double p : FIO_DEFAULT_PERCENTILES) {
                assertThat(lat.percentileNanos(p)).as("%s p%s", d, p).isEqualTo(lat.fioPercentiles().get(key(p)));
            }
        }
    }

    @Test
    void eachJobsBinsGiveFiosPerJobPercentilesAndMergeIntoTheWholeRun() {
        FioReport perJob = Fixtures.report("randrw-4k-qd16x8.jsonplus.json");
        assertThat(perJob.jobs()).hasSize(8);

        for (JobStats job : perJob.jobs()) {
            LatencyStats lat = job.direction(Direction.WRITE).latency();
            for (double p : FIO_DEFAULT_PERCENTILES) {
                assertThat(lat.percentileNanos(p)).isEqualTo(lat.fioPercentiles().get(key(p)));
            }
        }
        DirectionStats merged = perJob.groups().get(0).direction(Direction.WRITE);
        long[] perJobP999 = perJob.jobs().stream().mapToLong(j -> j.direction(Direction.WRITE).latency()
                .percentileNanos(99.9)).sorted().toArray();
        assertThat(merged.latency().histogram().total()).isEqualTo(merged.totalIos())
                .isEqualTo(perJob.jobs().stream().mapToLong(j -> j.direction(Direction.WRITE).totalIos()).sum());
        assertThat(merged.latency().percentileNanos(99.9)).isBetween(perJobP999[0], perJobP999[7]);
        assertThat(merged.iops()).isEqualTo(perJob.jobs().stream().mapToDouble(j -> j.direction(Direction.WRITE)
                .iops()).sum());
    }

    @Test
    void percentileIsTheFirstBucketWhoseRunningCountReachesTheRank() {
        LatencyHistogram h = LatencyHistogram.of(Map.of(100L, 50L, 200L, 49L, 17112760320L, 1L));

        assertThat(h.percentileNanos(50)).isEqualTo(100);
        assertThat(h.percentileNanos(50.01)).isEqualTo(200);
        assertThat(h.percentileNanos(99)).isEqualTo(200);
        assertThat(h.percentileNanos(99.99)).isEqualTo(17112760320L);
        assertThat(LatencyHistogram.empty().percentileNanos(99)).isZero();
    }

    @Test
    void mergingAddsCountsOfEqualBuckets() {
        LatencyHistogram a = LatencyHistogram.of(Map.of(100L, 3L, 200L, 1L));
        LatencyHistogram b = LatencyHistogram.of(Map.of(200L, 4L, 300L, 2L));

        assertThat(a.merge(b).bins()).containsExactly(Map.entry(100L, 3L), Map.entry(200L, 5L), Map.entry(300L, 2L));
        assertThat(a.merge(b).total()).isEqualTo(10);
    }
}
