package org.storageharness.check;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storageharness.fio.JobText;
import org.storageharness.suite.ChecksSpec;
import org.storageharness.suite.EngineSpec;

/**
 * Online expansion: generation A written → the claim grown to three times its size while a pod reads A → the claim
 * reports the new capacity with no filesystem resize pending (bounded) → a new pod must see the filesystem (or block
 * device) grown and A intact → generation B written and verified where the old size had no room for it: in Filesystem
 * mode a second file as large as the old filesystem, in Block mode from the end of A to past the old end of the device.
 */
public final class ExpansionCheck {

    /** The claim grows to this many times its size: room for A and a data set as large as the old volume. */
    static final int GROWTH = 3;

    private final Volumes volumes;
    private final Expansion expansion;
    private final VolumeIo io;
    private final ChecksSpec spec;
    private final EngineSpec engine;
    private final GoldenSteps steps;
    private final int generation;

    /**
     * @param lab makes and grows the volume, runs fio on it and shows progress
     * @param report where its steps go, with the evidence written under {@code dir}
     * @param generation the generation of data set A (B is the next one); unique per run
     */
    public <L extends Volumes & Expansion & VolumeIo & CheckProgress> ExpansionCheck(L lab, ChecksSpec spec,
            EngineSpec engine, Path dir, CheckSteps report, int generation) {
        this.volumes = lab;
        this.expansion = lab;
        this.io = lab;
        this.spec = spec;
        this.engine = engine;
        this.steps = new GoldenSteps(lab, report, dir, engine.id() + " · expansion");
        this.generation = generation;
    }

    public CheckOutcome run() throws InterruptedException {
        Optional<String> skip = skipReason(engine).or(expansion::expansionProblem);
        return skip.isPresent() ? new CheckOutcome.Skipped(skip.get()) : check();
    }

    /** Why the check does not apply to {@code engine} (its volumes cannot grow), or empty when it does. */
    public static Optional<String> skipReason(EngineSpec engine) {
        return engine.traits().capabilities().expansion() ? Optional.empty() : Optional.of("engine [" + engine.id()
                + "] of kind [" + engine.kind() + "] cannot expand volumes (engine catalog); if yours can, set"
                + " [capabilities: {expansion: true}] on the engine");
    }

    private CheckOutcome check() throws InterruptedException {
        GoldenData a = new GoldenData(generation, spec.dataBytes());
        Map<String, Double> metrics = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Volumes.Volume volume = volumes.create("data", spec.dataBytes());
        VolumeIo.PodRun writer = steps.write(volume, a, "generation A", VolumeIo.Placement.ANYWHERE);
        VolumeIo.VolumeSize before = sizeOf(writer, "the pod that wrote generation A");
        // Every pod on the writer's node: the next one need not wait for the volume to detach from the one before.
        VolumeIo.Placement node = VolumeIo.Placement.on(writer.node());
        long from = expansion.claimBytes(volume);
        long to = from * GROWTH;
        String job = JobText.forStep(a.reader(spec.resizeTimeout().plusMinutes(1)), engine.id(), JobText.TARGET);
        try (VolumeIo.Background reader = steps.step("start a pod reading A", d -> io.start(volume, job, node, d))) {
            Duration took = steps.step("grow the claim from " + mib(from) + " to " + mib(to) + " while the pod runs",
                    d -> expansion.expand(volume, to, spec.resizeTimeout()));
            metrics.put("expansion.done_s", SnapshotCheck.seconds(took));
            notes.add("claim grown from " + mib(from) + " to " + mib(to) + " while pod [" + reader.pod() + "] on node ["
                    + reader.node() + "] read the volume");
        }
        Optional<VolumeIo.PodRun> after = steps.verify(volume, a, "A after the resize", "the volume after it grew",
                node, failures);
        if (after.isEmpty()) {
            return new CheckOutcome.Done(metrics, failures, notes);
        }
        VolumeIo.VolumeSize grown = sizeOf(after.get(), "the pod that verified A after the resize");
        long least = before.bytes() + (to - from) * 3 / 4;
        notes.add(before.what() + " size seen in the pods: " + before.bytes() + " B before, " + grown.bytes()
                + " B after");
        if (grown.bytes() < least) {
            failures.add("Threshold violated: " + engine.id() + " · expansion: the " + grown.what() + " inside the pod"
                    + " reports [" + grown.bytes() + " B] after the claim grew from " + mib(from) + " to " + mib(to)
                    + " and the resize was reported done; at least [" + least + " B] expected (the old size ["
                    + before.bytes() + " B] plus 3/4 of the growth): the " + grown.what() + " did not grow");
            return new CheckOutcome.Done(metrics, failures, notes);
        }
        GoldenData b = beyond(before);
        steps.write(volume, b, "generation B beyond the old size", node);
        steps.verify(volume, b, "B beyond the old size", "the volume's new space", node, failures);
        return new CheckOutcome.Done(metrics, failures, notes);
    }

    /**
     * Generation B where only the grown volume has room: a file as large as the old filesystem beside A, or on a
     * device from the end of A to as far past it as the old device was large.
     */
    private GoldenData beyond(VolumeIo.VolumeSize before) {
        long bytes = GoldenData.blocks(before.bytes());
        return before.block() ? new GoldenData(generation + 1, bytes, GoldenData.blocks(spec.dataBytes()), null)
                : new GoldenData(generation + 1, bytes, 0, JobText.TARGET + ".beyond-old-size");
    }

    private static VolumeIo.VolumeSize sizeOf(VolumeIo.PodRun run, String pod) {
        if (run.size() == null || run.size().bytes() <= 0) {
            throw new IllegalStateException(pod + " did not report the size of its volume (the line"
                    + " [=== storage-harness volume size: ...] of the pod script is missing or unreadable)");
        }
        return run.size();
    }

    private static String mib(long bytes) {
        return "[" + (bytes >> 20) + " MiB]";
    }
}
