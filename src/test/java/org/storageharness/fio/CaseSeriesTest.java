package org.storageharness.fio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.metrics.SteadyState;
import org.storageharness.suite.WorkloadSpec;
import org.storageharness.testing.RequiresFio;
import org.assertj.core.groups.Tuple;

/** Series read from fio's own logs: captured ones (src/test/resources/fio/series) and fresh runs of real fio. */
class CaseSeriesTest {

    private static final Path FIXTURES = Path.of(System.getProperty("harness.basedir", "."),
            "src/test/resources/fio/series");

    @TempDir
    Path dir;

    @Test
    void leavesOutTheLastWindowThatFioLoggedForSomeJobsOnly() {
        CaseSeries series = CaseSeries.read(FIXTURES, 1000);

        assertThat(series.windows()).isEqualTo(2);
        assertThat(series.directions()).containsExactly("read", "write");
        assertThat(series.iops("read")).extracting(CaseSeries.Point::second, CaseSeries.Point::value)
                .containsExactly(Tuple.tuple(1.0, 4204.0 + 4228 + 4239),
                        Tuple.tuple(2.0, 4547.0 + 4625 + 4631));
        assertThat(series.maxLatencyMillis("write")).extracting(CaseSeries.Point::value)
                .containsExactly(4.922015, 63.974965);
    }

    @Test
    void writesTheSeriesAsCsvWithEmptyLatencyWhereNothingCompleted() throws IOException {
        log("case_iops.1.log", "1000, 50, 1", "3000, 60, 1", "4000, 70, 1");
        log("case_lat.1.log", "1000, 2000000, 1", "3000, 1500000, 1", "4000, 900000, 1");

        assertThat(CaseSeries.read(dir, 1000).csv()).isEqualTo("""
                second,end_epoch_ms,write_iops,write_max_lat_ms
                1,1795388255000,50,2.000
                2,1795388256000,0,
                3,1795388257000,60,1.500
                """);
    }

    @Test
    void podsThatStartedASecondApartAddUpSecondBySecond() throws IOException {
        log("node-1/case_iops.1.log", "1000, 100, 0", "2000, 100, 0", "3000, 100, 0", "4000, 100, 0");
        log("node-2/case_iops.1.log", "2010, 10, 0", "3010, 10, 0", "4010, 10, 0", "5010, 10, 0");

        assertThat(CaseSeries.read(dir, 1000).totalIops()).containsExactly(100L, 110L, 110L, 110L, 10L);
    }

    @Test
    void namesTheLogThatIsNotAWindowedLog() throws IOException {
        log("case_iops.1.log", "1000, 50, 1, 4096, 0");

        assertThatThrownBy(() -> CaseSeries.read(dir, 1000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("case_iops.1.log").hasMessageContaining("log_avg_msec");
    }

    @Test
    void noLogsGiveAnEmptySeries() {
        assertThat(CaseSeries.read(dir.resolve("none"), 1000).isEmpty()).isTrue();
    }

    @Test
    @RequiresFio
    void aRateLimitedRunIsSteady() throws Exception {
        WorkloadSpec steady = workload("steady", "500", Duration.ofSeconds(5));

        CaseSeries series = run(JobText.forCase(steady, "e", "test", JobText.TARGET), steady.runtime());

        assertThat(series.directions()).containsExactly("write");
        assertThat(series.totalIops()).hasSizeBetween(3, 5).allSatisfy(iops -> assertThat(iops).isBetween(450L, 550L));
        assertThat(series.maxLatencyMillis("write")).hasSize(series.windows()).allSatisfy(p ->
                assertThat(p.value()).isPositive());
        SteadyState verdict = SteadyState.of(series.totalIops(), 0.10).orElseThrow();
        assertThat(verdict.steady()).as(verdict.describe()).isTrue();
    }

    @Test
    @RequiresFio
    void aRunWhoseRateDropsInItsLastSecondsIsNotSteady() throws Exception {
        WorkloadSpec fast = workload("fast", "1000", Duration.ofSeconds(4));
        String slowAfterThreeSeconds = "\n[slow]\nrw=randwrite\nbs=4k\nsize=4m\nioengine=psync\nrate_iops=100\n"
                + "startdelay=3\ntime_based\nruntime=3\n";

        CaseSeries series = run(JobText.forCase(fast, "e", "test", JobText.TARGET) + slowAfterThreeSeconds,
                Duration.ofSeconds(6));

        SteadyState verdict = SteadyState.of(series.totalIops(), 0.10).orElseThrow();
        assertThat(verdict.steady()).as(series.totalIops() + ": " + verdict.describe()).isFalse();
        assertThat(verdict.lastIops()).isLessThan(verdict.middleIops() / 2);
    }

    private static WorkloadSpec workload(String id, String rate, Duration runtime) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("rw", "randwrite");
        options.put("bs", "4k");
        options.put("size", "4m");
        options.put("ioengine", "psync");
        options.put("rate_iops", rate);
        options.put("time_based", "1");
        options.put("runtime", runtime.toSeconds() + "s");
        return new WorkloadSpec(id, "", options, null, runtime);
    }

    /** Runs {@code jobText} as a platform does (TARGET, SCRATCH) and reads the logs it left. */
    private CaseSeries run(String jobText, Duration runtime) throws Exception {
        Path job = Files.writeString(dir.resolve("job.fio"), jobText);
        Path logs = Files.createDirectories(dir.resolve("logs"));
        try (FioRunner fio = new FioRunner("fio")) {
            fio.run(new FioInvocation(job, dir, dir.resolve("out.json"), Map.of(JobText.TARGET_VARIABLE,
                    dir.resolve("data").toString(), JobText.SCRATCH_VARIABLE, logs.toString()), Duration.ofMinutes(1)));
        }
        return CaseSeries.read(logs, CaseSeries.windowMillis(runtime));
    }

    /** A windowed log of rows "offset ms, value, ddir" after 1795388254000 (epoch ms), in {@code dir}. */
    private void log(String name, String... rows) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String row : rows) {
            String[] f = row.split(", ");
            text.append(1795388254000L + Long.parseLong(f[0])).append(", ").append(f[1]).append(", ").append(f[2])
                    .append(", ").append(f.length > 3 ? f[3] : "0").append(", 0\n");
        }
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
