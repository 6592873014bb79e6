package org.storageharness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RebuildChartTest {

    @TempDir
    Path dir;

    @Test
    void aCompletedRebuildCarriesItsFiguresAStalledOneSaysSo() throws Exception {
        Path done = Files.writeString(dir.resolve("done.csv"), "# rebuild.s=2.600\n# rebuild.mib_per_s=63.800\n"
                + "# volume_mib=165.0\nseconds_since_fault,percent\n0.8,0.0\n1.1,12.0\n2.0,47.0\n3.3,100.0\n");
        Path stalled = Files.writeString(dir.resolve("stalled.csv"), "# volume_mib=165.0\nseconds_since_fault,percent"
                + "\n0.8,0.0\n1.1,30.0\n1.4,50.0\n4.9,50.0\n");

        assertThat(RebuildChart.chart(done, "longhorn-sim · failover · rebuild progress")).hasValueSatisfying(c ->
                assertThat(c.title()).endsWith("rebuild progress · 2.6 s, 63.8 MiB/s"));
        assertThat(RebuildChart.chart(stalled, "x")).hasValueSatisfying(c -> {
            assertThat(c.title()).isEqualTo("x · not completed");
            assertThat(c.png()).startsWith(0x89, 'P', 'N', 'G');
        });
        assertThat(RebuildChart.chart(Files.writeString(dir.resolve("one.csv"), "0.8,3.0\n"), "x")).isEmpty();
    }
}
