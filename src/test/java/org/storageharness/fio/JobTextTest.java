package org.storageharness.fio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.suite.WorkloadSpec;

/** The job files the platforms write, pinned byte for byte: results and baselines depend on exactly these jobs. */
class JobTextTest {

    @TempDir
    Path dir;

    private static WorkloadSpec randrw() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("rw", "randrw");
        options.put("rwmixread", "70");
        options.put("bs", "4k");
        options.put("iodepth", "16");
        options.put("numjobs", "8");
        options.put("direct", "true");
        options.put("ioengine", "libaio");
        options.put("time_based", "");
        options.put("runtime", "30");
        options.put("size", "1g");
        options.put("group_reporting", "true");
        options.put("norandommap", "false");
        return new WorkloadSpec("randrw-4k-qd16x8", "mixed 4k", options, null, Duration.ofSeconds(30));
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

    @Test
    void rendersALocalCaseOnItsDataFile() {
        String text = JobRenderer.render("storage-harness · engine fast-nvme · workload randrw-4k-qd16x8 · local",
                "randrw-4k-qd16x8", randrw().options(), "/var/lib/sh/storage-harness-20240101-abc.fio");

        assertThat(text).isEqualTo("""
                # storage-harness · engine fast-nvme · workload randrw-4k-qd16x8 · local
                [global]
                filename=/var/lib/sh/storage-harness-20240101-abc.fio
                lat_percentiles=1

                """ + RANDRW_SECTION);
    }

    @Test
    void rendersAPodCaseOnTheTargetTheFioPodSets() {
        String text = JobRenderer.render("storage-harness · engine longhorn-v1 · workload randrw-4k-qd16x8 · kubernetes",
                "randrw-4k-qd16x8", randrw().options(), "${TARGET}");

        assertThat(text).isEqualTo("""
                # storage-harness · engine longhorn-v1 · workload randrw-4k-qd16x8 · kubernetes
                [global]
                filename=${TARGET}
                lat_percentiles=1

                """ + RANDRW_SECTION);
    }

    @Test
    void rendersACheckStepNamedByItsDescriptionAndKeepsItsOwnPercentileSetting() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("rw", "write");
        options.put("bs", "1m");
        options.put("lat_percentiles", "0");
        WorkloadSpec golden = new WorkloadSpec("golden-write", "writes the golden data", options, null, null);

        String text = JobRenderer.render("storage-harness · engine longhorn-v1 · writes the golden data",
                "golden-write", golden.options(), "${TARGET}");

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
}
