package org.storageharness.check;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.storageharness.engine.FaultHandle;
import org.storageharness.engine.Replica;
import org.storageharness.engine.VolumeRef;
import org.storageharness.suite.ChecksSpec;
import org.storageharness.suite.EngineSpec;

/**
 * The failover check's fault window: the volume healthy first, the writer warmed up, the fault injected (and always
 * undone), the engine's health followed until healthy again, the writer's logs measured.
 */
final class FaultWindow {

    private static final Duration DEGRADE_GRACE = Duration.ofSeconds(30);
    private static final Duration WRITER_SLACK = Duration.ofMinutes(5);
    /** The rebuild's progress over time, for its chart: {@code seconds_since_fault,percent}. */
    static final String REBUILD_CSV = "rebuild-progress.csv";

    private final FaultInjection faults;
    private final Nodes nodes;
    private final CheckProgress progress;
    private final ChecksSpec spec;
    private final EngineSpec engine;
    private final FaultPermission permission;
    private final GoldenSteps steps;
    private final boolean health;
    private final List<String> notes = new ArrayList<>();
    private final RebuildSampler rebuild = new RebuildSampler();
    /** What a rebuild copies: the PersistentVolume's capacity, else the size the check asked for. */
    private long rebuiltBytes;

    <L extends FaultInjection & Nodes & CheckProgress> FaultWindow(L lab, ChecksSpec spec, EngineSpec engine,
            FaultPermission permission, GoldenSteps steps) {
        this.faults = lab;
        this.nodes = lab;
        this.progress = lab;
        this.spec = spec;
        this.engine = engine;
        this.permission = permission;
        this.steps = steps;
        this.health = !engine.traits().adapter().equals("none");
    }

    /** Runs the window, as the step {@code fault}, on the volume {@code load} writes to; {@code writer} is running. */
    FailoverCheck.FailoverRun run(WriterLoad load, WriterLoad.Writer writer, VolumeRef volume)
            throws InterruptedException {
        return steps.step("fault", dir -> window(load, writer, volume, dir));
    }

    private FailoverCheck.FailoverRun window(WriterLoad load, WriterLoad.Writer writer, VolumeRef volume, Path dir)
            throws InterruptedException {
        rebuiltBytes = volume.capacityBytes() > 0 ? volume.capacityBytes() : FailoverCheck.volumeBytes(spec);
        HealthWatch watch = health ? new HealthWatch(faults.adapter(), volume, rebuild) : null;
        try {
            if (watch != null && watch.awaitHealthy("volume healthy before the fault", spec.rebuildBeforeFault())
                    .isEmpty()) {
                throw new IllegalStateException("volume [" + volume.pvName() + "] of engine [" + engine.id()
                        + "] was not healthy within " + FailoverCheck.secs(spec.rebuildBeforeFault()) + " before the"
                        + " fault; see the health timeline; raise [checks.failover.rebuildBeforeFault] if the"
                        + " initial sync is slow");
            }
            Optional<String> node = faultNode(volume, writer.pod().node());
            if (node.isEmpty()) {
                return FailoverCheck.FailoverRun.skip(FaultTargets.why(replicas(volume), writer.pod().node(),
                        permission));
            }
            warmUp(writer.pod());
            return permission.mode() == FaultPermission.Mode.DRAIN ? drain(load, writer, node.get(), watch)
                    : replicaFault(writer, volume, node.get(), watch, dir);
        } finally {
            if (watch != null) {
                StepFiles.write(dir.resolve("health-timeline.txt"), watch.timeline());
                String progress = rebuild.csv(rebuiltBytes);
                if (!progress.isEmpty()) {
                    StepFiles.write(dir.resolve(REBUILD_CSV), progress);
                }
            }
        }
    }

    private FailoverCheck.FailoverRun replicaFault(WriterLoad.Writer writer, VolumeRef volume, String node,
                                                   HealthWatch watch, Path dir) throws InterruptedException {
        Instant faultAt = Instant.now();
        rebuild.fault(faultAt);
        String description;
        Duration healthy = null;
        try (FaultHandle fault = inject(volume, node, dir)) {
            description = fault.description();
            progress.progress(engine.id() + " · failover: " + description);
            if (permission.mode() == FaultPermission.Mode.COMMAND) {
                // The node stays down for the window; the undo (closing the fault) brings it back.
                pause(Duration.between(Instant.now(), faultAt.plus(spec.window())));
            } else if (watch != null) {
                healthy = timeToHealthy(watch, faultAt, true);
            }
        }
        if (permission.mode() == FaultPermission.Mode.COMMAND && watch != null) {
            healthy = timeToHealthy(watch, faultAt, false);
        }
        VolumeIo.Finished done = writer.pod().await(spec.warmup().plus(spec.window()).plus(WRITER_SLACK));
        WriterLoad.Measured m = WriterLoad.measure(done, writer.dir(), faultAt, done.finished());
        return result(description, m, healthy, watch, writer.pod().node());
    }

    private FailoverCheck.FailoverRun drain(WriterLoad load, WriterLoad.Writer writer, String node,
                                             HealthWatch watch) throws InterruptedException {
        Instant faultAt = Instant.now();
        rebuild.fault(faultAt);
        try (FaultHandle fault = faults.drain(node)) {
            progress.progress(engine.id() + " · failover: " + fault.description());
            writer.pod().close();
            WriterLoad.Writer moved = load.start(null, spec.window());
            try (VolumeIo.Background pod = moved.pod()) {
                Duration healthy = watch == null ? null : timeToHealthy(watch, faultAt, false);
                VolumeIo.Finished done = pod.await(spec.window().plus(WRITER_SLACK));
                WriterLoad.Measured m = WriterLoad.measure(done, moved.dir(), pod.running(), done.finished());
                Duration stall = m.firstCompletion() == null ? Duration.between(faultAt, done.finished())
                        : Duration.between(faultAt, m.firstCompletion());
                notes.add("the writer moved from node [" + node + "] to node [" + pod.node() + "]");
                return result(fault.description(), new WriterLoad.Measured(stall, m.firstCompletion(), m.ioErrors(),
                        m.message()), healthy, watch, pod.node());
            }
        }
    }

    private FaultHandle inject(VolumeRef volume, String node, Path dir) {
        if (permission.mode() == FaultPermission.Mode.COMMAND) {
            return faults.track(CommandFault.inject(permission.command(), permission.undo(), node, dir));
        }
        return faults.adapter().injectReplicaFault(volume, node);
    }

    /**
     * Time from the fault until healthy, or null when not within the engine's limit. A replica fault must first be
     * seen degrading (an engine still reporting healthy has not noticed yet); a drain or a node that is back may not.
     */
    private Duration timeToHealthy(HealthWatch watch, Instant faultAt, boolean expectDegraded) {
        if (expectDegraded && watch.awaitUnhealthy("volume degraded after the fault", min(DEGRADE_GRACE,
                left(faultAt))).isEmpty()) {
            notes.add("the engine never reported the volume degraded within " + FailoverCheck.secs(DEGRADE_GRACE));
        }
        return watch.awaitHealthy("volume healthy again", left(faultAt)).map(at -> Duration.between(faultAt, at))
                .orElse(null);
    }

    /** What is left of the engine's time-to-healthy limit; at least a moment, for one last look. */
    private Duration left(Instant faultAt) {
        Duration left = engine.traits().maxTimeToHealthy().minus(Duration.between(faultAt, Instant.now()));
        return min(Duration.ofMillis(Math.max(left.toMillis(), 1)), engine.traits().maxTimeToHealthy());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private Optional<String> faultNode(VolumeRef volume, String consumer) {
        if (permission.mode() == FaultPermission.Mode.DRAIN) {
            return permission.mayHit(consumer) ? Optional.of(consumer) : Optional.empty();
        }
        if (!health) {
            return nodes.readyNodes().stream().filter(n -> !n.equals(consumer)).filter(permission::mayHit).findFirst();
        }
        return FaultTargets.pick(replicas(volume), consumer, permission);
    }

    private List<Replica> replicas(VolumeRef volume) {
        return health ? faults.adapter().replicas(volume) : List.of();
    }

    private FailoverCheck.FailoverRun result(String fault, WriterLoad.Measured m, Duration healthy, HealthWatch watch,
                                             String readerNode) {
        if (watch == null) {
            notes.add("engine health is not observable without an adapter: time to healthy not measured");
            healthy = Duration.ZERO;
        }
        notes.add(fault);
        return new FailoverCheck.FailoverRun(null, fault, m.stall(), m.ioErrors(), m.message(), healthy, readerNode,
                notes, rebuild.metrics(rebuiltBytes));
    }

    private void warmUp(VolumeIo.Background writer) throws InterruptedException {
        pause(Duration.between(Instant.now(), writer.running().plus(spec.warmup())));
    }

    /** A planned pause in the schedule (warm-up, the fault's window), not a wait for a condition. */
    private static void pause(Duration d) throws InterruptedException {
        if (!d.isNegative() && !d.isZero()) {
            Thread.sleep(d.toMillis());
        }
    }
}
