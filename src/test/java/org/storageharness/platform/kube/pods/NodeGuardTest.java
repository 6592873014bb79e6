package org.storageharness.platform.kube.pods;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.testing.RequiresRoot;
import org.storageharness.testing.Shell;

/**
 * The device guard as the pod runs it ({@code sh -c}), on real loop devices: a blank one passes, each signature it
 * knows by its magic bytes refuses (not only those util-linux's blkid would find), and a missing tool refuses.
 */
class NodeGuardTest {

    @TempDir
    Path dir;

    private final List<String> loops = new ArrayList<>();

    @AfterEach
    void detach() {
        loops.forEach(l -> Shell.quietly("losetup", "-d", l));
    }

    @Test
    @RequiresRoot
    void aBlankDevicePassesSilently() throws Exception {
        Result r = guard(loop(), System.getenv("PATH"));

        assertThat(r.output()).isEmpty();
        assertThat(r.exit()).isZero();
    }

    @Test
    @RequiresRoot
    void everyKnownSignatureRefusesByItsMagicBytes() throws Exception {
        Map<String, String> planted = new java.util.LinkedHashMap<>();
        planted.put("510:55aa", "a partition table or boot sector signature at byte 510");
        planted.put("512:4546492050415254", "a GPT partition table signature at byte 512");
        planted.put("0:58465342", "an XFS filesystem signature at byte 0");
        planted.put("65600:5f42485266535f4d", "a btrfs filesystem signature at byte 65600");
        planted.put("4086:53574150535041434532", "a swap area signature at byte 4086");
        planted.put("512:4c4142454c4f4e45", "an LVM2 physical volume signature at byte 512");
        planted.put("4096:fc4e2ba9", "an md RAID superblock signature at byte 4096");
        planted.put("0:626c756573746f726520626c6f636b20646576696365", "a Ceph BlueStore signature at byte 0");
        planted.put("132096:0cb1ba00", "a ZFS label");
        planted.put("16773120:8374026d", "DRBD meta-data in its last 4 KiB");
        for (var e : planted.entrySet()) {
            String device = loop();
            String[] at = e.getKey().split(":");
            try (RandomAccessFile f = new RandomAccessFile(device, "rw")) {
                f.seek(Long.parseLong(at[0]));
                f.write(HexFormat.of().parseHex(at[1]));
            }
            Result r = guard(device, System.getenv("PATH"));
            assertThat(r.exit()).as(e.getValue()).isEqualTo(NodeGuard.EXIT);
            assertThat(r.output()).as(e.getValue()).contains(NodeGuard.REFUSED + "device [/dev/nvme9n1] of node [w1]"
                    + " holds data (" + e.getValue() + ")").contains("nothing was written");
            Shell.run("losetup", "-d", device);
            loops.remove(device);
        }
    }

    /**
     * The fio image is Alpine: busybox's sh and applets only (its blkid is not util-linux's, so the magic bytes alone
     * must find the signature). Needs busybox on this machine ({@code apt-get install busybox-static}); skipped with
     * that reason otherwise.
     */
    @Test
    @RequiresRoot
    void withBusyboxAloneABlankDevicePassesAndAnExt4OneIsRefused() throws Exception {
        Path busybox = Path.of("/usr/bin/busybox");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(busybox), "busybox is not installed"
                + " (apt-get install busybox-static): the guard is not tried with busybox's applets alone");
        Path bin = Files.createDirectories(dir.resolve("busybox-bin"));
        for (String applet : Shell.run(busybox.toString(), "--list").split("\n")) {
            Files.createSymbolicLink(bin.resolve(applet.strip()), busybox);
        }
        String blank = loop();
        String ext4 = loop();
        Shell.run("mkfs.ext4", "-q", "-F", ext4);

        Result passed = guard(bin.resolve("sh").toString(), blank, bin.toString());
        Result refused = guard(bin.resolve("sh").toString(), ext4, bin.toString());

        assertThat(passed.output()).isEmpty();
        assertThat(passed.exit()).isZero();
        assertThat(refused.exit()).isEqualTo(NodeGuard.EXIT);
        assertThat(refused.output()).startsWith(NodeGuard.REFUSED + "device [/dev/nvme9n1] of node [w1] holds data"
                + " (an ext2/3/4 filesystem signature at byte 1080)\n").doesNotContain("blkid");
    }

    @Test
    void aMissingToolRefusesBeforeLookingAtTheDevice() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String tool : List.of("stat", "cat", "dd", "cut", "grep", "tr", "readlink", "ls", "sort", "sed")) {
            String real = Shell.run("sh", "-c", "command -v " + tool);
            Files.createSymbolicLink(bin.resolve(tool), Path.of(real));
        }

        Result r = guard("/dev/null", bin.toString());

        assertThat(r.exit()).isEqualTo(NodeGuard.EXIT);
        assertThat(r.output()).startsWith(NodeGuard.REFUSED + "the fio image has no [od], which the device guard"
                + " needs; use an image with busybox or coreutils\n");
    }

    @Test
    void aFileThatIsNoBlockDeviceRefuses() throws Exception {
        Result r = guard(Files.writeString(dir.resolve("f"), "x").toString(), System.getenv("PATH"));

        assertThat(r.output()).startsWith(NodeGuard.REFUSED + "device [/dev/nvme9n1] of node [w1] is not a block"
                + " device\n");
    }

    private record Result(int exit, String output) {
    }

    private static Result guard(String target, String path) throws IOException, InterruptedException {
        return guard("/bin/sh", target, path);
    }

    private static Result guard(String shell, String target, String path) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(shell, "-c", NodeGuard.SCRIPT).redirectErrorStream(true);
        pb.environment().putAll(Map.of("TARGET", target, "NODE_DEVICE", "/dev/nvme9n1", "NODE_NAME", "w1",
                "PATH", path));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }

    private String loop() throws IOException {
        Path file = dir.resolve("d" + loops.size() + "-" + System.nanoTime() + ".img");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(16L << 20);
        }
        String device = Shell.run("losetup", "-f", "--show", file.toString());
        loops.add(device);
        return device;
    }
}
