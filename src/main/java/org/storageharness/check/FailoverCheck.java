package org.storageharness.check;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storageharness.suite.ChecksSpec;
import org.storageharness.suite.EngineSpec;
import java.util.Locale;

/**
 * Replica failover: golden data written, then a continuous writer with a per-I/O latency canary runs while a fault
 * hits the volume (a replica on a node that is neither the consumer nor the target, the consumer's drain, or the
 * user's node-fault command). Measured: the longest I/O stall, I/O errors, the time until the volume is healthy;
 * then the golden data must verify. Destructive, so it runs only with the user's {@link FaultPermission}.
 */
public final class FailoverCheck {

    private final Volumes volumes;
    private final VolumeIo io;
    private final FaultInjection faults;
    private final FaultWindow window;
    private final ChecksSpec spec;
    private final EngineSpec engine;
    private final GoldenSteps steps;
    private final int generation;
    private final FaultPermission permission;

    /**
     * @param lab makes the volume, runs fio on it, knows the nodes, injects the fault and shows progress
     * @param report where its steps go, with the evidence written under {@code dir}
     */
    public <L extends Volumes & VolumeIo & Nodes & FaultInjection & CheckProgress> FailoverCheck(L lab,
            ChecksSpec spec, EngineSpec engine, Path dir, CheckSteps report, int generation,
            FaultPermission permission) {
        this.volumes = lab;
        this.io = lab;
        this.faults = lab;
        this.spec = spec;
        this.engine = engine;
        this.steps = new GoldenSteps(lab, report, dir, engine.id() + " · failover");
        this.window = new FaultWindow(lab, spec, engine, permission, steps);
        this.generation = generation;
        this.permission = permission;
    }

    public CheckOutcome run() throws InterruptedException {
        Optional<String> skip = skipReason(engine, faults.replicas(), permission);
        if (skip.isPresent()) {
            return new CheckOutcome.Skipped(skip.get());
        }
        return check();
    }

    /**
     * Why the check does not run on {@code engine}, or empty when it does: one copy per volume, no permission for
     * destructive faults, or a replica fault without an adapter to make it.
     *
     * @param replicas the copies per volume the engine keeps
     */
    public static Optional<String> skipReason(EngineSpec engine, int replicas, FaultPermission permission) {
        if (replicas < 2) {
            return Optional.of("engine [" + engine.id() + "] keeps one copy per volume (its StorageClass or catalog"
                    + " capabilities.replicas say " + replicas + "): there is no replica to fail over to");
        }
        Optional<String> refusal = permission.refusal();
        if (refusal.isPresent()) {
            return refusal;
        }
        if (permission.mode() == FaultPermission.Mode.REPLICA && engine.traits().adapter().equals("none")) {
            return Optional.of("engine [" + engine.id() + "] has no adapter to find and fault a replica; use"
                    + " -Dfaults.mode=drain or -Dfaults.mode=command");
        }
        return Optional.empty();
    }

    /** The size of the check's volume: the golden data and the writer's region beside it. */
    public static long volumeBytes(ChecksSpec spec) {
        return spec.dataBytes() + WriterLoad.EXTRA_BYTES;
    }

    private CheckOutcome check() throws InterruptedException {
        GoldenData golden = new GoldenData(generation, spec.dataBytes());
        Volumes.Volume volume = volumes.create("data", volumeBytes(spec));
        String consumer = steps.write(volume, golden, "golden data", VolumeIo.Placement.ANYWHERE).node();
        WriterLoad load = new WriterLoad(io, spec.dataBytes(), spec.writerIops(), volume, steps);
        WriterLoad.Writer writer = load.start(consumer, spec.warmup().plus(spec.window()));
        FailoverRun run;
        try {
            run = window.run(load, writer, volumes.ref(volume, consumer));
        } finally {
            writer.pod().close();
        }
        if (run.skipped() != null) {
            return new CheckOutcome.Skipped(run.skipped());
        }
        return judge(volume, golden, run);
    }

    private CheckOutcome judge(Volumes.Volume volume, GoldenData golden, FailoverRun run)
            throws InterruptedException {
        List<String> failures = new ArrayList<>();
        steps.verify(volume, golden, "golden data after the fault", "the golden data written before the fault",
                VolumeIo.Placement.on(run.readerNode()), failures);
        String where = engine.id() + " · failover";
        if (run.ioErrors() > 0) {
            failures.add("I/O errors: " + where + " expected no I/O errors during the fault but the writer got ["
                    + run.ioErrors() + "]; " + run.writerMessage());
        }
        if (run.stall().compareTo(engine.traits().maxStall()) > 0) {
            failures.add("Threshold violated: " + where + " longest I/O stall expected <= ["
                    + secs(engine.traits().maxStall()) + "] but was [" + secs(run.stall()) + "] [" + run.fault()
                    + "]; engine limit failover.maxStall");
        }
        if (run.healthyAfter() == null) {
            failures.add("Threshold violated: " + where + " the volume was not healthy again within ["
                    + secs(engine.traits().maxTimeToHealthy()) + "] after the fault [" + run.fault()
                    + "]; engine limit failover.maxTimeToHealthy; health timeline attached");
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("failover.stall_s", run.stall().toMillis() / 1000.0);
        metrics.put("failover.io_errors", (double) run.ioErrors());
        if (run.healthyAfter() != null) {
            metrics.put("failover.time_to_healthy_s", run.healthyAfter().toMillis() / 1000.0);
        }
        metrics.putAll(run.rebuild());
        return new CheckOutcome.Done(metrics, failures, run.notes());
    }

    static String secs(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    /**
     * What the fault window measured.
     *
     * @param skipped why the fault could not be injected (no replica node allowed); null when it was
     * @param healthyAfter time from the fault until the volume was healthy; null when it never was within the limit
     * @param readerNode where the golden data is verified afterwards
     * @param rebuild {@code rebuild.s} and {@code rebuild.mib_per_s} as far as the engine showed them
     */
    record FailoverRun(String skipped, String fault, Duration stall, long ioErrors, String writerMessage,
                       Duration healthyAfter, String readerNode, List<String> notes, Map<String, Double> rebuild) {

        static FailoverRun skip(String reason) {
            return new FailoverRun(reason, null, Duration.ZERO, 0, "", Duration.ZERO, null, List.of(), Map.of());
        }
    }
}
