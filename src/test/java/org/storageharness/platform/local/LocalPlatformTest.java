package org.storageharness.platform.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.fio.FioExecution;
import org.storageharness.fio.FioRunner;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.LocalVolume;
import org.storageharness.suite.Problem;
import org.storageharness.suite.WorkloadSpec;
import org.storageharness.platform.Platform;
import org.storageharness.testing.RequiresFio;
import org.storageharness.testing.RequiresRoot;
import org.storageharness.testing.Shell;
import static org.storageharness.testing.TestSuites.suite;
import static org.storageharness.testing.TestSuites.workload;
import org.storageharness.suite.KubeVolume;

@RequiresFio
class LocalPlatformTest {

    @TempDir
    Path dir;

    @Test
    void runsInTheEngineDirectoryAndRemovesOnlyWhatItCreated() throws Exception {
        Path keep = Files.writeString(dir.resolve("keep.txt"), "user data");
        Path engineDir = dir.resolve("new/engine");
        EngineSpec engine = new EngineSpec("e", "generic", "", LocalVolume.directory(engineDir), null);
        WorkloadSpec w = workload("1");

        try (FioRunner fio = new FioRunner("fio"); LocalPlatform target = new LocalPlatform(fio, "run1")) {
            assertThat(target.preflight(suite(engine, w))).isEmpty();
            FioExecution run = target.run(engine, w, dir.resolve("case"));

            assertThat(run.report().jobs()).hasSize(1);
            assertThat(engineDir.resolve("storage-harness-run1.fio")).exists();
            assertThat(Files.readString(dir.resolve("case").resolve(Platform.Evidence.JOB_FILE))).isEqualTo(
                    "# storage-harness · engine e · workload w · local\n[global]\nfilename="
                    + engineDir.resolve("storage-harness-run1.fio") + "\nlat_percentiles=1\n"
                    + "write_iops_log=${SCRATCH}/case\nwrite_lat_log=${SCRATCH}/case\nlog_avg_msec=1000\n"
                    + "log_max_value=1\nlog_unix_epoch=1\n\n[w]\nrw=randwrite\n"
                    + "bs=4k\nsize=4m\ndirect=1\ntime_based=1\nruntime=1s\n");
            assertThat(dir.resolve("case").resolve(Platform.Evidence.LOGS_DIR).resolve("case_iops.1.log"))
                    .as("fio's logs go where the job's ${SCRATCH} points: the case's log folder").exists();
            assertThat(target.facts()).containsKeys("host", "kernel", "cpu", "ram", "fio", "filesystem.e");
        }

        assertThat(dir.resolve("new")).doesNotExist();
        assertThat(keep).hasContent("user data");
    }

    @Test
    void removesFilesAUsersJobFileCreatedButNothingElse() throws Exception {
        Files.writeString(dir.resolve("before.dat"), "mine");
        Path jobFile = Files.writeString(dir.resolve("user.fio"), "[u]\nfilename=scratch.dat\nrw=write\nbs=4k\n"
                + "size=1m\n");
        EngineSpec engine = new EngineSpec("e", "generic", "", LocalVolume.directory(dir), null);
        WorkloadSpec w = new WorkloadSpec("u", "", Map.of(), jobFile, null);

        try (FioRunner fio = new FioRunner("fio"); LocalPlatform target = new LocalPlatform(fio, "run2")) {
            target.preflight(suite(engine, w));
            target.run(engine, w, dir.resolve("case"));
            assertThat(dir.resolve("scratch.dat")).exists();
        }

        assertThat(dir.resolve("scratch.dat")).doesNotExist();
        assertThat(dir.resolve("before.dat")).exists();
        assertThat(dir.resolve("user.fio")).exists();
    }

    @Test
    void anEngineWithoutALocalVolumeIsSkippedWithAReason() {
        EngineSpec clusterOnly = new EngineSpec("longhorn", "longhorn", "", null, KubeVolume.of("longhorn"));

        try (FioRunner fio = new FioRunner("fio"); LocalPlatform target = new LocalPlatform(fio, "run3")) {
            assertThat(target.skipReason(clusterOnly)).hasValueSatisfying(r -> assertThat(r)
                    .contains("engine [longhorn] has no [local] volume").contains("Kubernetes target"));
        }
    }

    @Test
    @RequiresRoot
    void refusesDirectIoOnAFilesystemWithoutODirect() throws Exception {
        Path ramfs = Files.createDirectories(dir.resolve("ramfs"));
        Shell.run("mount", "-t", "ramfs", "ramfs", ramfs.toString());
        try (FioRunner fio = new FioRunner("fio"); LocalPlatform target = new LocalPlatform(fio, "run4")) {
            EngineSpec engine = new EngineSpec("ram", "generic", "", LocalVolume.directory(ramfs), null);

            List<Problem> direct = target.preflight(suite(engine, workload("1")));
            List<Problem> buffered = target.preflight(suite(engine, workload("0")));

            assertThat(direct).singleElement().satisfies(p -> {
                assertThat(p.key()).isEqualTo("engines.ram.local");
                assertThat(p.message()).contains("filesystem [ramfs]").contains("does not support direct I/O")
                        .contains("set [direct: 0]");
            });
            assertThat(buffered).isEmpty();
        } finally {
            Shell.quietly("umount", ramfs.toString());
        }
    }
}
