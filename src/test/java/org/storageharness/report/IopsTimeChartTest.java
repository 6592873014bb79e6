package org.storageharness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IopsTimeChartTest {

    @TempDir
    Path dir;

    @Test
    void chartsTheSeriesAsPngAndSvg() throws Exception {
        Path csv = Files.writeString(dir.resolve("iops-per-second.csv"),
                "end_epoch_ms,iops\n1700000001000,900\n1700000002000,0\n1700000003000,0\n1700000004000,880\n");

        RenderedChart chart = IopsTimeChart.chart(csv, "failover").orElseThrow();

        assertThat(chart.png()).startsWith(0x89, 'P', 'N', 'G');
        assertThat(chart.svg()).contains("<svg");
    }

    @Test
    void oneSecondIsNoChart() throws Exception {
        Path csv = Files.writeString(dir.resolve("iops-per-second.csv"), "end_epoch_ms,iops\n1700000001000,900\n");

        assertThat(IopsTimeChart.chart(csv, "failover")).isEmpty();
    }
}
