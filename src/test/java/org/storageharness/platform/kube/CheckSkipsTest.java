package org.storageharness.platform.kube;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.check.CheckOutcome;
import org.storageharness.check.CheckSteps;
import org.storageharness.check.FaultPermission;
import org.storageharness.check.VolumeCheck;
import org.storageharness.check.VolumeLab;
import org.storageharness.run.RunSession;
import org.storageharness.simcluster.VolumeBindingMode;
import org.storageharness.suite.CheckKind;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.Suite;
import java.util.List;
import java.util.function.Consumer;

/** A check an engine cannot do is skipped, and the reason says what is missing and how to get it. */
@Tag("simulated-cluster")
class CheckSkipsTest {

    @TempDir
    Path dir;

    private CheckOutcome run(CheckKind check, String engineId) throws Exception {
        return run(check, engineId, bed -> { });
    }

    private CheckOutcome run(CheckKind check, String engineId, Consumer<SimulatedBed> setUp) throws Exception {
        Suite suite = ChecksBed.load(dir, "skips-sim", List.of(engineId));
        try (SimulatedBed bed = new SimulatedBed(dir, 3)) {
            bed.cluster.addStorageClass("mayastor-thick", "io.openebs.csi-mayastor", VolumeBindingMode.IMMEDIATE,
                    Map.of("repl", "2"));
            bed.cluster.addStorageClass("mayastor-thin", "io.openebs.csi-mayastor", VolumeBindingMode.IMMEDIATE,
                    Map.of("repl", "1", "thin", "true"));
            bed.cluster.addStorageClass("longhorn-bak", "driver.longhorn.io", VolumeBindingMode.IMMEDIATE,
                    Map.of("numberOfReplicas", "2"));
            bed.cluster.addSnapshotClass("mayastor-snap", "io.openebs.csi-mayastor", Map.of());
            bed.cluster.addSnapshotClass("longhorn-backup", "driver.longhorn.io", Map.of());
            bed.cluster.addEnginePod("kube-system", "snapshot-controller-0", Map.of("app", "snapshot-controller"),
                    "registry.k8s.io/sig-storage/snapshot-controller:v8.6.0", 0.01, 30);
            bed.cluster.addEnginePod("openebs", "openebs-io-engine-0", Map.of("app", "io-engine",
                    "openebs.io/version", "2.12.0"), "openebs/mayastor-io-engine:v2.12.0", 2, 512);
            bed.cluster.addEnginePod("longhorn-system", "longhorn-manager-0", Map.of("app", "longhorn-manager"),
                    "longhornio/longhorn-manager:v1.12.1", 0.1, 200);
            setUp.accept(bed);
            RunSession session = bed.open(suite, dir.resolve("out"));
            try {
                EngineSpec engine = session.suite().engines().get(0);
                try (VolumeLab lab = session.checks().lab(engine, check)) {
                    return VolumeCheck.of(check, lab, session.suite().checks(), engine, dir.resolve("c"), CheckSteps.NONE, 1,
                            FaultPermission.NONE).run();
                }
            } finally {
                session.close();
            }
        }
    }

    private static String reason(CheckOutcome outcome) {
        assertThat(outcome).isInstanceOf(CheckOutcome.Skipped.class);
        return ((CheckOutcome.Skipped) outcome).reason();
    }

    @Test
    void anEngineWithoutSnapshotsSkipsTheSnapshotCheck() throws Exception {
        assertThat(reason(run(CheckKind.SNAPSHOT, "local"))).contains("[local]", "has no snapshots",
                "capabilities: {snapshot: true}");
    }

    @Test
    void mayastorSkipsTheSnapshotCheckOnAThickClassAndSaysThinIsNeeded() throws Exception {
        assertThat(reason(run(CheckKind.SNAPSHOT, "mayastor-thick"))).contains("[thin: \"true\"]", "[mayastor-thick]");
    }

    @Test
    void longhornSkipsTheSnapshotCheckWithoutATypeSnapClass() throws Exception {
        assertThat(reason(run(CheckKind.SNAPSHOT, "longhorn-backup-class"))).contains("type", "snap");
    }

    @Test
    void anEngineThatCannotCloneSkipsTheCloneCheck() throws Exception {
        assertThat(reason(run(CheckKind.CLONE, "local"))).contains("[local]", "cannot clone a PersistentVolumeClaim",
                "capabilities: {clone: true}");
    }

    @Test
    void anEngineThatCannotExpandSkipsTheExpansionCheck() throws Exception {
        assertThat(reason(run(CheckKind.EXPANSION, "local"))).contains("[local]", "cannot expand volumes",
                "capabilities: {expansion: true}");
    }

    @Test
    void aStorageClassWithoutAllowVolumeExpansionSkipsTheExpansionCheck() throws Exception {
        String reason = reason(run(CheckKind.EXPANSION, "longhorn-backup-class", bed -> bed.cluster.client().storage()
                .v1().storageClasses().withName("longhorn-bak").edit(c -> {
                    c.setAllowVolumeExpansion(null);
                    return c;
                })));

        assertThat(reason).isEqualTo("StorageClass [longhorn-bak] of engine [longhorn-backup-class] does not set"
                + " [allowVolumeExpansion: true]: its claims cannot grow; set it on the class (if the driver supports"
                + " expansion) to run this check");
    }

    @Test
    void aSingleCopyEngineSkipsTheFailoverCheck() throws Exception {
        assertThat(reason(run(CheckKind.FAILOVER, "mayastor-thin"))).contains("one copy per volume", "1");
    }
}
