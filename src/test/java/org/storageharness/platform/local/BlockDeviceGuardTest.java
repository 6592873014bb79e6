package org.storageharness.platform.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.fio.FioExecution;
import org.storageharness.fio.FioRunner;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.LocalVolume;
import org.storageharness.testing.RequiresFio;
import org.storageharness.testing.RequiresRoot;
import org.storageharness.testing.Shell;
import org.storageharness.testing.TestSuites;

/** Real loop devices: blank, formatted and mounted. */
@RequiresRoot
class BlockDeviceGuardTest {

    @TempDir
    Path dir;
    private Path device;
    private final BlockDeviceGuard guard = new BlockDeviceGuard();

    @BeforeEach
    void attachLoopDevice() throws Exception {
        Path image = dir.resolve("disk.img");
        Shell.run("truncate", "-s", "64M", image.toString());
        device = Path.of(Shell.run("losetup", "--find", "--show", image.toString()));
    }

    @AfterEach
    void detach() {
        if (Files.isDirectory(dir.resolve("mnt"))) {
            Shell.quietly("umount", dir.resolve("mnt").toString());
        }
        Shell.quietly("losetup", "-d", device.toString());
    }

    @Test
    void acceptsABlankUnusedDevice() {
        assertThat(guard.problems(device)).isEmpty();
    }

    @Test
    void refusesADeviceHoldingAFilesystem() {
        Shell.run("mkfs.ext4", "-q", device.toString());

        assertThat(guard.problems(device)).singleElement().asString().contains("holds data (")
                .contains("TYPE=ext4").contains("wipefs -a " + device);
    }

    @Test
    void refusesAMountedDevice() throws Exception {
        Shell.run("mkfs.ext4", "-q", device.toString());
        Path mnt = Files.createDirectories(dir.resolve("mnt"));
        Shell.run("mount", device.toString(), mnt.toString());

        List<String> problems = guard.problems(device);

        assertThat(problems).anySatisfy(p -> assertThat(p).contains("is mounted at [" + mnt + "]"));
    }

    @Test
    void refusesWhatIsNotABlockDevice() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");

        assertThat(guard.problems(file)).containsExactly("[" + file + "] is not a block device");
        assertThat(guard.problems(Path.of("/dev/does-not-exist"))).containsExactly(
                "device [/dev/does-not-exist] does not exist");
    }

    @Test
    @RequiresFio
    void benchmarksABlankDeviceWhenDestructiveIsAllowed() throws Exception {
        EngineSpec engine = new EngineSpec("raw", "generic", "", new LocalVolume(null, device, true), null);
        try (FioRunner fio = new FioRunner("fio"); LocalPlatform target = new LocalPlatform(fio, "dev")) {
            assertThat(target.preflight(TestSuites.suite(engine, TestSuites.workload("1")))).isEmpty();

            FioExecution run = target.run(engine, TestSuites.workload("1"), dir.resolve("case"));

            assertThat(run.report().groups().get(0).directions().values()).anyMatch(d -> d.totalIos() > 0);
        }
    }
}
