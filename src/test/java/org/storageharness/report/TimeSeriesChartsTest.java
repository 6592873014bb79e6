package org.storageharness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storageharness.fio.CaseSeries;

/** Charts of a real case's series (three fio jobs, randrw; src/test/resources/fio/series). */
class TimeSeriesChartsTest {

    private static final CaseSeries SERIES = CaseSeries.read(Path.of(System.getProperty("harness.basedir", "."),
            "src/test/resources/fio/series"), 1000);

    @Test
    void drawsIopsPerDirectionTheTotalOfAMixedCaseAndTheLargestLatency() {
        List<TimeSeriesCharts.Chart> charts = TimeSeriesCharts.of("host · randrw", SERIES);

        assertThat(charts).extracting(TimeSeriesCharts.Chart::name).containsExactly("read IOPS per second",
                "write IOPS per second", "total IOPS per second", "largest latency per second");
        assertThat(charts).allSatisfy(chart -> {
            assertThat(chart.png()).startsWith(0x89, 'P', 'N', 'G');
            assertThat(new String(chart.svg(), StandardCharsets.UTF_8)).startsWith("<?xml").contains("<svg");
        });
    }

    @Test
    void labelsAxesWithThousandsSeparatorsNeverInScientificNotation() {
        assertThat(TimeSeriesCharts.WHOLE.apply(180_000.0)).isEqualTo("180,000");
        assertThat(TimeSeriesCharts.WHOLE.apply(1.8e7)).isEqualTo("18,000,000");
        assertThat(TimeSeriesCharts.FINE.apply(2_500.0)).isEqualTo("2,500");
        assertThat(TimeSeriesCharts.FINE.apply(0.125)).isEqualTo("0.125");
    }

    @Test
    void aSeriesWithoutIoHasNoCharts() {
        assertThat(TimeSeriesCharts.of("empty", CaseSeries.read(Path.of("does-not-exist"), 1000))).isEmpty();
    }
}
