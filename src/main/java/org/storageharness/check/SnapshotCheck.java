package org.storageharness.check;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storageharness.suite.ChecksSpec;
import org.storageharness.suite.EngineSpec;

/**
 * Snapshot restore: generation A written → snapshot (ready within the bound) → the source overwritten with
 * generation B → a restore of exactly the snapshot's size must hold A (not B: a snapshot that serves live data fails here), the
 * source must hold B, and a snapshot of the restore restored again must hold A.
 */
public final class SnapshotCheck {

    private final Volumes volumes;
    private final Snapshots snapshots;
    private final ChecksSpec spec;
    private final EngineSpec engine;
    private final GoldenSteps steps;
    private final int generation;

    /**
     * @param lab makes the volumes and snapshots, runs fio on them and shows progress
     * @param report where its steps go, with the evidence written under {@code dir}
     * @param generation the generation of data set A (B is the next one); unique per run so no stale block passes
     */
    public <L extends Volumes & Snapshots & VolumeIo & CheckProgress> SnapshotCheck(L lab, ChecksSpec spec,
            EngineSpec engine, Path dir, CheckSteps report, int generation) {
        this.volumes = lab;
        this.snapshots = lab;
        this.spec = spec;
        this.engine = engine;
        this.steps = new GoldenSteps(lab, report, dir, engine.id() + " · snapshot");
        this.generation = generation;
    }

    public CheckOutcome run() throws InterruptedException {
        Optional<String> noSnapshots = skipReason(engine);
        if (noSnapshots.isPresent()) {
            return new CheckOutcome.Skipped(noSnapshots.get());
        }
        Optional<String> snapshotClass = snapshots.snapshotClass();
        if (snapshotClass.isEmpty()) {
            return new CheckOutcome.Skipped(snapshots.snapshotClassProblem());
        }
        return check(snapshotClass.get());
    }

    /** Why the check does not apply to {@code engine} (it has no snapshots), or empty when it does. */
    public static Optional<String> skipReason(EngineSpec engine) {
        return engine.traits().capabilities().snapshot() ? Optional.empty() : Optional.of("engine [" + engine.id()
                + "] of kind [" + engine.kind() + "] has no snapshots (engine catalog); if yours has, set"
                + " [capabilities: {snapshot: true}] on the engine");
    }

    private CheckOutcome check(String snapshotClass) throws InterruptedException {
        GoldenData a = new GoldenData(generation, spec.dataBytes());
        GoldenData b = new GoldenData(generation + 1, spec.dataBytes());
        Map<String, Double> metrics = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        Volumes.Volume source = volumes.create("source", spec.dataBytes());
        steps.write(source, a, "generation A", VolumeIo.Placement.ANYWHERE);
        Snapshots.Snapshot first = snapshot(source, snapshotClass, "snapshot of the source");
        metrics.put("snapshot.ready_s", seconds(first.ready()));
        steps.write(source, b, "generation B over the source", VolumeIo.Placement.ANYWHERE);
        Instant created = Instant.now();
        Volumes.Volume restored = restore("restore the snapshot", "restore", first);
        steps.verify(restored, a, "restore holds A", "the volume restored from the snapshot",
                VolumeIo.Placement.ANYWHERE, failures).ifPresent(run ->
                metrics.put("restore.bound_s", seconds(Duration.between(created, run.running()))));
        steps.verify(source, b, "source holds B", "the source volume after the overwrite",
                VolumeIo.Placement.ANYWHERE, failures);
        Snapshots.Snapshot second = snapshot(restored, snapshotClass, "snapshot of the restore");
        metrics.put("snapshot2.ready_s", seconds(second.ready()));
        Volumes.Volume again = restore("restore the snapshot of the restore", "restore-of-restore", second);
        steps.verify(again, a, "restore of the restore holds A", "the volume restored from a snapshot of the restore",
                VolumeIo.Placement.ANYWHERE, failures);
        return new CheckOutcome.Done(metrics, failures, notes(snapshotClass, first, a, b));
    }

    private List<String> notes(String snapshotClass, Snapshots.Snapshot first, GoldenData a, GoldenData b) {
        return List.of("snapshot class [" + snapshotClass + "], restore size [" + first.restoreSize()
                + "], golden data " + (spec.dataBytes() >> 20) + " MiB per generation", "generation A (before the"
                + " snapshot) is [" + a.id() + "], generation B (written after it) is [" + b.id() + "]: a restore that"
                + " reads back B's pattern serves live data, not the snapshot");
    }

    private Volumes.Volume restore(String label, String role, Snapshots.Snapshot snapshot)
            throws InterruptedException {
        return steps.step(label, d -> volumes.restore(role, snapshot));
    }

    private Snapshots.Snapshot snapshot(Volumes.Volume volume, String snapshotClass, String label)
            throws InterruptedException {
        return steps.step(label, d -> snapshots.snapshot(volume, snapshotClass, spec.snapshotTimeout()));
    }

    static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
