package org.storageharness.platform.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.platform.kube.pods.NodeRefusal;
import org.storageharness.report.RunSummary;
import org.storageharness.run.BenchmarkCase;
import org.storageharness.run.CaseOutcome;
import org.storageharness.run.CaseResult;
import org.storageharness.run.RunSession;
import org.storageharness.suite.Suite;
import org.storageharness.suite.load.Overrides;
import org.storageharness.suite.load.SuiteLoader;
import org.storageharness.testing.RecordingSink;
import org.storageharness.testing.RequiresFio;
import org.storageharness.testing.RequiresRoot;
import org.storageharness.testing.Shell;

/**
 * The node baseline (engine kind {@code node}) on the simulated cluster, whose kubelet maps hostPath volumes to this
 * machine: a hostPath directory run, a raw run on a blank loop device, and the in-pod guard refusing a mounted loop
 * device and one carrying an ext4 signature — with nothing written to either — then experiment 3's % table with a
 * StorageClass engine measured against the raw device.
 */
@Tag("simulated-cluster")
@RequiresFio
@RequiresRoot
class NodeBaselineTest {

    private static final long DEVICE_BYTES = 16L << 20;

    @TempDir
    Path dir;

    private final List<String> loops = new ArrayList<>();
    private Path mountPoint;

    @AfterEach
    void detach() {
        if (mountPoint != null) {
            Shell.quietly("umount", mountPoint.toString());
        }
        loops.forEach(l -> Shell.quietly("losetup", "-d", l));
    }

    @Test
    void directoryAndRawDeviceRunTheGuardRefusesUsedDevicesAndTheTableComparesWithTheDevice() throws Exception {
        String blank = loop("blank");
        String signed = loop("signed");
        Shell.run("mkfs.ext4", "-q", "-F", signed);
        String mounted = loop("mounted");
        // No lazy initialisation: a mounted, idle ext4 then leaves its device alone, so any change is the harness's.
        Shell.run("mkfs.ext4", "-q", "-F", "-E", "lazy_itable_init=0,lazy_journal_init=0", mounted);
        mountPoint = Files.createDirectories(dir.resolve("mnt"));
        Shell.run("mount", mounted, mountPoint.toString());
        Shell.run("sync");
        Path hostDir = Files.createDirectories(dir.resolve("node-dir"));
        Suite suite = suite(hostDir, blank, signed, mounted);
        String signedBefore = digest(signed);
        String mountedBefore = digest(mounted);

        List<CaseResult> results = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        try (SimulatedBed bed = new SimulatedBed(dir, 2)) {
            try (RunSession session = bed.open(suite, dir.resolve("out"))) {
                for (BenchmarkCase c : RunSession.cases(suite)) {
                    if (c.engine().id().startsWith("refused-")) {
                        assertThatThrownBy(() -> session.run(c, new RecordingSink(new ArrayList<>())))
                                .isInstanceOf(NodeRefusal.class)
                                .satisfies(e -> refusals.add(e.getMessage()));
                    } else {
                        CaseOutcome outcome = session.run(c, new RecordingSink(new ArrayList<>()));
                        assertThat(outcome).as(c.name()).isInstanceOf(CaseOutcome.Done.class);
                        assertThat(((CaseOutcome.Done) outcome).failure()).as(c.name()).isNull();
                        results.add(((CaseOutcome.Done) outcome).result());
                    }
                }
            }
            assertThat(bed.harnessObjects()).as("everything the run made is gone").isEmpty();
            assertThat(bed.log).anyMatch(l -> l.contains("with Pod Security level privileged"));
        }
        Files.writeString(Path.of(System.getProperty("node.demo", dir.resolve("demo.txt").toString())),
                String.join("\n", refusals) + "\n\n" + new RunSummary(suite, results).markdown(Map.of()));

        assertThat(refusals).hasSize(2);
        assertThat(refusals.get(0)).startsWith("Refused: engine [refused-signed] (raw device " + signed
                + " on node node-1): ").contains("holds data (an ext2/3/4 filesystem signature at byte 1080)")
                .contains("nothing was written").doesNotContain("is mounted");
        assertThat(refusals.get(1)).startsWith("Refused: engine [refused-mounted] (raw device " + mounted
                + " on node node-1): ").contains("[" + mounted + "] is mounted at [" + mountPoint + "]; unmount it");
        assertThat(digest(signed)).as("the ext4 device is untouched").isEqualTo(signedBefore);
        Shell.run("sync");
        assertThat(digest(mounted)).as("the mounted device is untouched").isEqualTo(mountedBefore);
        assertThat(digest(blank)).as("fio wrote over the blank device").isNotEqualTo(zeros());
        try (var left = Files.list(hostDir)) {
            assertThat(left).as("the data file in the node's directory is removed").isEmpty();
        }
        assertThat(results).extracting(r -> r.benchmarkCase().engine().id())
                .containsExactly("node-dir", "node-raw", "sim-fast");
        String summary = new RunSummary(suite, results).markdown(Map.of());
        assertThat(summary).contains("### Experiment 3: % of the node baseline node-raw (raw device " + blank
                + " on node node-1)").contains("- node baseline: node-dir is the directory " + hostDir);
        assertThat(summary.lines().filter(l -> l.startsWith("| sim-fast | rw |") || l.startsWith("| node-dir | rw |")))
                .hasSize(2).allMatch(l -> l.matches(".*\\| [0-9,.]+ \\([0-9.]+ %\\) \\|.*"));
    }

    private Suite suite(Path hostDir, String blank, String signed, String mounted) throws IOException {
        Path basedir = Path.of(System.getProperty("harness.basedir", "."));
        Path suites = Files.createDirectories(dir.resolve("suites/catalog"));
        for (String f : List.of("engines.yaml", "workloads.yaml")) {
            Files.copy(basedir.resolve("suites/catalog").resolve(f), suites.resolve(f));
        }
        Files.writeString(dir.resolve("suites/node-sim.yaml"), String.join("\n",
                "description: node baseline on the simulated cluster",
                "target: kubeconfig",
                "runtime: 1s",
                "size: 8m",
                "baselineEngine: node-raw",
                "kubernetes: {fioImage: \"sim/fio:3.33\", bindTimeout: 20s}",
                "engines:",
                "  - {id: node-dir, kind: node, node: {name: node-1, hostPath: " + hostDir + "}}",
                "  - {id: node-raw, kind: node, node: {name: node-1, device: " + blank + ", destructive: true}}",
                "  - {id: refused-signed, kind: node, node: {name: node-1, device: " + signed + ", destructive: true}}",
                "  - {id: refused-mounted, kind: node, node: {name: node-1, device: " + mounted
                        + ", destructive: true}}",
                "  - {id: sim-fast, storageClass: sim-fast}",
                "workloads:",
                "  - id: rw",
                "    fio: {ioengine: psync, rw: randrw, bs: 4k, time_based: 1}",
                ""));
        return new SuiteLoader(dir.resolve("suites"), dir).load("node-sim",
                new Overrides("kubeconfig", List.of(), List.of(), Duration.ofSeconds(1)));
    }

    private String loop(String name) throws IOException {
        Path file = dir.resolve(name + ".img");
        try (var f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(DEVICE_BYTES);
        }
        String device = Shell.run("losetup", "-f", "--show", file.toString());
        loops.add(device);
        return device;
    }

    /** sha256sum's digest: the test JVMs run without the JIT's SHA intrinsics, which made this 2 s of CPU. */
    private static String digest(String device) {
        return Shell.run("sha256sum", device).split("\\s+")[0];
    }

    private static String zeros() throws Exception {
        Path zeros = Files.createTempFile("zeros", ".img");
        try (RandomAccessFile f = new RandomAccessFile(zeros.toFile(), "rw")) {
            f.setLength(DEVICE_BYTES);
        }
        try {
            return digest(zeros.toString());
        } finally {
            Files.delete(zeros);
        }
    }
}
