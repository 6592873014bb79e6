package org.storageharness.platform.kube;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.gate.UpgradeGate;
import org.storageharness.gate.UpgradeStateFile;
import org.storageharness.run.RunSession;
import org.storageharness.run.UpgradeGateRun;
import org.storageharness.suite.Suite;
import org.storageharness.testing.RecordingSink;
import org.storageharness.testing.RequiresFio;

/**
 * The upgrade gate through the Kubernetes path: golden data on a kept PVC outside the per-run namespace survives the
 * seeding run's cleanup, verifies in the next run and is then removed; damage between the runs is a Data mismatch.
 */
@Tag("simulated-cluster")
@RequiresFio
class KubeUpgradeGateTest {

    @TempDir
    Path dir;

    private UpgradeGate.Step step(SimulatedBed bed, UpgradeGateRun gate, String out) throws Exception {
        Suite suite = SimulatedSuites.suite("sim-fast");
        try (RunSession session = bed.open(suite, dir.resolve(out))) {
            return gate.step(session, suite.engines().get(0), new RecordingSink(new ArrayList<>()));
        }
    }

    @Test
    void goldenDataOutlivesTheSeedingRunAndIsRemovedOnceVerified() throws Exception {
        try (SimulatedBed bed = new SimulatedBed(dir, 2)) {
            UpgradeGateRun gate = new UpgradeGateRun(new UpgradeStateFile(dir.resolve("state.json")));

            assertThat(step(bed, gate, "a").phase()).isEqualTo("seeded");
            assertThat(bed.harnessObjects()).containsExactlyInAnyOrder(
                    "PersistentVolumeClaim/storage-harness-kept/sh-kept-sim", "Namespace/null/storage-harness-kept");

            UpgradeGate.Step verified = step(bed, gate, "b");

            assertThat(verified.failure()).isNull();
            assertThat(bed.harnessObjects()).isEmpty();
        }
    }

    @Test
    void aBlockDamagedBetweenTheRunsIsADataMismatch() throws Exception {
        try (SimulatedBed bed = new SimulatedBed(dir, 2)) {
            UpgradeGateRun gate = new UpgradeGateRun(new UpgradeStateFile(dir.resolve("state.json")));
            step(bed, gate, "a");
            flipAByteOfTheKeptData(bed);

            UpgradeGate.Step verified = step(bed, gate, "b");

            assertThat(verified.failure()).startsWith("Data mismatch: sim · upgrade gate");
            assertThat(bed.harnessObjects()).contains("PersistentVolumeClaim/storage-harness-kept/sh-kept-sim");
        }
    }

    private static void flipAByteOfTheKeptData(SimulatedBed bed) throws Exception {
        List<Path> data;
        try (Stream<Path> files = Files.walk(bed.cluster.workDir().resolve("volumes"))) {
            data = files.filter(p -> p.getFileName().toString().equals("storage-harness.fio")).toList();
        }
        assertThat(data).hasSize(1);
        try (RandomAccessFile f = new RandomAccessFile(data.get(0).toFile(), "rw")) {
            f.seek((5L << 20) + 333);
            int b = f.read();
            f.seek((5L << 20) + 333);
            f.write(b ^ 0xff);
        }
    }
}
