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
 * Clone: generation A written → a clone of the source (a claim whose {@code dataSource} is the source claim) must hold
 * A → the source overwritten with B → the clone must still hold A (a clone that shares blocks with its source fails
 * here), the source B, and a clone of the clone A.
 */
public final class CloneCheck {

    private final Volumes volumes;
    private final Clones clones;
    private final ChecksSpec spec;
    private final EngineSpec engine;
    private final GoldenSteps steps;
    private final int generation;

    /**
     * @param lab makes the volumes and clones, runs fio on them and shows progress
     * @param report where its steps go, with the evidence written under {@code dir}
     * @param generation the generation of data set A (B is the next one); unique per run
     */
    public <L extends Volumes & Clones & VolumeIo & CheckProgress> CloneCheck(L lab, ChecksSpec spec,
            EngineSpec engine, Path dir, CheckSteps report, int generation) {
        this.volumes = lab;
        this.clones = lab;
        this.spec = spec;
        this.engine = engine;
        this.steps = new GoldenSteps(lab, report, dir, engine.id() + " · clone");
        this.generation = generation;
    }

    public CheckOutcome run() throws InterruptedException {
        Optional<String> skip = skipReason(engine);
        return skip.isPresent() ? new CheckOutcome.Skipped(skip.get()) : check();
    }

    /** Why the check does not apply to {@code engine} (it cannot clone a claim), or empty when it does. */
    public static Optional<String> skipReason(EngineSpec engine) {
        return engine.traits().capabilities().cloning() ? Optional.empty() : Optional.of("engine [" + engine.id()
                + "] of kind [" + engine.kind() + "] cannot clone a PersistentVolumeClaim (engine catalog); if yours"
                + " can, set [capabilities: {clone: true}] on the engine");
    }

    private CheckOutcome check() throws InterruptedException {
        GoldenData a = new GoldenData(generation, spec.dataBytes());
        GoldenData b = new GoldenData(generation + 1, spec.dataBytes());
        Map<String, Double> metrics = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        Volumes.Volume source = volumes.create("source", spec.dataBytes());
        steps.write(source, a, "generation A", VolumeIo.Placement.ANYWHERE);
        Instant created = Instant.now();
        Volumes.Volume clone = steps.step("clone the source", d -> clones.cloneOf("clone", source));
        // The first pod on the clone has it provisioned where binding waits for a consumer: only then is its content
        // fixed, so B is written after it.
        steps.verify(clone, a, "clone holds A", "the clone of the source", VolumeIo.Placement.ANYWHERE, failures)
                .ifPresent(run -> metrics.put("clone.bound_s", SnapshotCheck.seconds(Duration.between(created,
                        run.running()))));
        steps.write(source, b, "generation B over the source", VolumeIo.Placement.ANYWHERE);
        steps.verify(clone, a, "clone still holds A", "the clone after its source was overwritten",
                VolumeIo.Placement.ANYWHERE, failures);
        steps.verify(source, b, "source holds B", "the source volume after the overwrite",
                VolumeIo.Placement.ANYWHERE, failures);
        Volumes.Volume again = steps.step("clone the clone", d -> clones.cloneOf("clone-of-clone", clone));
        steps.verify(again, a, "clone of the clone holds A", "the clone of the clone", VolumeIo.Placement.ANYWHERE,
                failures);
        return new CheckOutcome.Done(metrics, failures, List.of("golden data " + (spec.dataBytes() >> 20)
                + " MiB per generation; generation A (before the clone) is [" + a.id() + "], generation B (written"
                + " over the source after the clone was in use) is [" + b.id() + "]: a clone that reads back B's"
                + " pattern shares blocks with its source"));
    }
}
