package org.storageharness.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storageharness.suite.Metric;
import org.storageharness.suite.Threshold;

class ThresholdCheckTest {

    private static final Metric WRITE_P999 = Metric.parse("write.lat.p99.9").orElseThrow();
    private static final Metric READ_IOPS = Metric.parse("read.iops").orElseThrow();
    private static final Metric WRITE_IOPS = Metric.parse("write.iops").orElseThrow();

    private static Threshold max(Metric m, double limit) {
        return new Threshold(m, true, limit, Set.of(), Set.of(), "suites/storage.yaml:40");
    }

    private static Threshold min(Metric m, double limit) {
        return new Threshold(m, false, limit, Set.of(), Set.of(), "suites/storage.yaml:42");
    }

    @Test
    void passesWithinBoundsAndOnTheBoundItself() {
        MetricSet metrics = new MetricSet(Map.of(WRITE_P999, 25.0, READ_IOPS, 20000.0));

        assertThat(ThresholdCheck.evaluate(List.of(max(WRITE_P999, 25), min(READ_IOPS, 20000)), metrics, null))
                .isEmpty();
    }

    @Test
    void collectsEveryViolationOfACase() {
        MetricSet metrics = new MetricSet(Map.of(WRITE_P999, 31.2, READ_IOPS, 1500.0));

        List<Violation> violations = ThresholdCheck.evaluate(List.of(max(WRITE_P999, 25), min(READ_IOPS, 20000)),
                metrics, null);

        assertThat(violations).extracting(v -> v.threshold().metric()).containsExactly(WRITE_P999, READ_IOPS);
    }

    @Test
    void thresholdOnAnUnmeasuredDirectionDoesNotApply() {
        MetricSet writeOnly = new MetricSet(Map.of(WRITE_IOPS, 100.0));

        assertThat(ThresholdCheck.evaluate(List.of(min(READ_IOPS, 20000)), writeOnly, null)).isEmpty();
    }

    @Test
    void messageFollowsTheHouseShapeWithUnitsAndOrigin() {
        List<Violation> one = List.of(new Violation(max(WRITE_P999, 25), 31.2, null));

        assertThat(ThresholdCheck.message("host-nvme · randrw-4k-qd16x8", one)).isEqualTo(
                "Threshold violated: host-nvme · randrw-4k-qd16x8 expected write p99.9 latency ≤ 25.00 ms but was"
                        + " 31.20 ms [suites/storage.yaml:40]; if this level is expected for this hardware, adjust"
                        + " the threshold in the suite file");
    }

    @Test
    void severalViolationsAreListedInOneMessage() {
        List<Violation> two = List.of(new Violation(max(WRITE_P999, 25), 31.2, "randwrite"),
                new Violation(min(READ_IOPS, 20000), 1500, "randwrite"));

        String message = ThresholdCheck.message("host · mixed", two);

        assertThat(message).startsWith("Threshold violated: host · mixed broke 2 thresholds")
                .contains("\n  - expected write p99.9 latency of group randwrite ≤ 25.00 ms but was 31.20 ms")
                .contains("\n  - expected read IOPS of group randwrite ≥ 20,000 but was 1,500 [suites/storage.yaml:42]");
    }
}
