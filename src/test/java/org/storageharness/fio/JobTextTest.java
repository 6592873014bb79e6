package org.storageharness.fio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.suite.WorkloadSpec;

/** The job files the platforms write, pinned byte for byte: results and baselines depend on exactly these jobs. */
class JobTextTest {

    @TempDir
    Path dir;

    /** Options in the order given, as a suite file lists them. */
    private static Map<String, String> options(String... keysAndValues) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            options.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return options;
    }

    private static WorkloadSpec randrw() {
        return new WorkloadSpec("randrw-4k-qd16x8", "mixed 4k", options("rw", "randrw", "rwmixread", "70", "bs", "4k",
                "iodepth", "16", "numjobs", "8", "direct", "true", "ioengine", "libaio", "time_based", "", "runtime",
                "30", "size", "1g", "group_reporting", "true", "norandommap", "false"), null, Duration.ofSeconds(30));
    }

    private static final String RANDRW_SECTION = """
            [randrw-4k-qd16x8]
            rw=randrw
            rwmixread=70
            bs=4k
            iodepth=16
            numjobs=8
            direct
            ioengine=libaio
            time_based
            runtime=30
            size=1g
            group_reporting
            norandommap=0
            """;

    /** A time-based case logs IOPS and its largest latency per second into the runner's scratch folder. */
    private static final String LOGS_PER_SECOND = """
            write_iops_log=${SCRATCH}/case
            write_lat_log=${SCRATCH}/case
            log_avg_msec=1000
            log_max_value=1
            log_unix_epoch=1
            """;

    @Test
    void rendersALocalCaseOnItsDataFile() {
        String text = JobText.forCase(randrw(), "fast-nvme", "local", "/var/lib/sh/storage-harness-20240101-abc.fio");

        assertThat(text).isEqualTo("""
                # storage-harness · engine fast-nvme · workload randrw-4k-qd16x8 · local
                [global]
                filename=/var/lib/sh/storage-harness-20240101-abc.fio
                lat_percentiles=1
                """ + LOGS_PER_SECOND + "\n" + RANDRW_SECTION);
    }

    @Test
    void rendersAPodCaseOnTheTargetTheFioPodSets() {
        String text = JobText.forCase(randrw(), "longhorn-v1", "kubernetes", JobText.TARGET);

        assertThat(text).isEqualTo("""
                # storage-harness · engine longhorn-v1 · workload randrw-4k-qd16x8 · kubernetes
                [global]
                filename=${TARGET}
                lat_percentiles=1
                """ + LOGS_PER_SECOND + "\n" + RANDRW_SECTION);
    }

    @Test
    void aLongRunLogsOverLongerWindowsSoEachLogKeepsItsBound() {
        WorkloadSpec hour = new WorkloadSpec("long", "", options("rw", "randread", "time_based", "",
                "runtime", "3600"), null, Duration.ofHours(1));

        assertThat(JobText.forCase(hour, "e", "local", "/d")).contains("\nlog_avg_msec=6000\n");
        assertThat(CaseSeries.windowMillis(Duration.ofSeconds(600))).isEqualTo(1000);
        assertThat(CaseSeries.windowMillis(Duration.ofSeconds(601))).isEqualTo(2000);
    }

    @Test
    void aWorkloadWithoutRuntimeOrWithLogsOfItsOwnGetsNoLogOptions() {
        WorkloadSpec untimed = new WorkloadSpec("once", "", options("rw", "write", "size", "4m"), null, null);
        WorkloadSpec own = new WorkloadSpec("own", "", options("rw", "write", "write_bw_log", "mine"), null,
                Duration.ofSeconds(30));

        assertThat(JobText.forCase(untimed, "e", "local", "/d")).doesNotContain("_log=").doesNotContain("log_avg");
        assertThat(JobText.forCase(own, "e", "local", "/d")).doesNotContain("write_iops_log").doesNotContain("log_avg");
        assertThat(JobText.logsOverTime(untimed)).isFalse();
        assertThat(JobText.logsOverTime(own)).isFalse();
        assertThat(JobText.logsOverTime(randrw())).isTrue();
    }

    @Test
    void rendersACheckStepNamedByItsDescriptionAndKeepsItsOwnPercentileSetting() {
        WorkloadSpec golden = new WorkloadSpec("golden-write", "writes the golden data",
                options("rw", "write", "bs", "1m", "lat_percentiles", "0"), null, null);

        String text = JobText.forStep(golden, "longhorn-v1", JobText.TARGET);

        assertThat(text).isEqualTo("""
                # storage-harness · engine longhorn-v1 · writes the golden data
                [global]
                filename=${TARGET}

                [golden-write]
                rw=write
                bs=1m
                lat_percentiles=0
                """);
    }

    @Test
    void takesAUsersJobFileAsWrittenWhereverItRuns() throws Exception {
        String own = "; mine\n[seq]\nfilename=${TARGET}\nrw=read\r\nsize=4m  \n";
        Path file = Files.writeString(dir.resolve("mine.fio"), own);
        WorkloadSpec workload = new WorkloadSpec("mine", "", Map.of(), file, null);

        assertThat(JobText.forCase(workload, "fast-nvme", "local", "/data/x.fio")).isEqualTo(own);
        assertThat(JobText.forCase(workload, "longhorn-v1", "kubernetes", JobText.TARGET)).isEqualTo(own);
    }

    @Test
    void namesAJobFileThatCannotBeRead() {
        WorkloadSpec workload = new WorkloadSpec("gone", "", Map.of(), dir.resolve("gone.fio"), null);

        assertThatThrownBy(() -> JobText.forCase(workload, "fast-nvme", "local", "/data/x.fio"))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("gone.fio");
    }

    @Test
    void separatesSectionsByABlankLineAfterTheComment() {
        assertThat(JobText.sections("two jobs", List.of(List.of("[global]", "bs=4k"), List.of("[a]"), List.of("[b]",
                "rw=read")))).isEqualTo("# two jobs\n[global]\nbs=4k\n\n[a]\n\n[b]\nrw=read\n");
    }
}
