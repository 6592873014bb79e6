package org.storageharness.check;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.storageharness.engine.EngineAdapter;
import org.storageharness.engine.FaultHandle;
import org.storageharness.engine.VolumeRef;
import org.storageharness.suite.WorkloadSpec;

/**
 * A lab in a directory, for the checks' own tests: volumes are files, snapshots and restores are copies, pods are real
 * fio on this machine ({@link FakePods}), the engine's replicas are {@link FakeReplicas}. Each {@link Planted} fault
 * breaks one storage promise, so a test can show that the check which owns that promise catches it. Nothing outlives
 * {@link #close()} but the files in the directory.
 */
final class FakeLab implements Volumes, Snapshots, Clones, Expansion, VolumeIo, Nodes, FaultInjection, CheckProgress,
        AutoCloseable {

    /** A broken storage promise the lab can plant. */
    enum Planted {
        /** Snapshots are not point in time: a restore copies the snapshot's source as it is then. */
        SNAPSHOT_SERVES_LIVE_DATA,
        /** A restored volume has its last {@link #LOST_BYTES} zeroed. */
        RESTORE_LOSES_LAST_WRITES,
        /** A pod on another node than the one the volume was last used on finds the volume empty. */
        MOVED_VOLUME_LOSES_DATA,
        /** A replica fault empties the volume: every write acknowledged before it is lost. */
        REPLICA_FAULT_LOSES_ACKNOWLEDGED_WRITES,
        /** A clone shares its source's blocks (a second name of the same file): writes to the source show in it. */
        CLONE_SHARES_BLOCKS,
        /** A resize is reported done but the volume keeps its old size. */
        RESIZE_DOES_NOT_GROW,
        /** A resize overwrites the first {@link #LOST_BYTES} of the volume. */
        RESIZE_DAMAGES_DATA
    }

    static final List<String> NODES = List.of("node-1", "node-2", "node-3");
    static final long LOST_BYTES = 1 << 20;

    private final Path dir;
    private final Set<Planted> planted;
    private final FakePods pods;
    private final FakeReplicas replicas;
    private final Map<String, Path> snapshots = new ConcurrentHashMap<>();
    private final Map<String, String> lastNode = new ConcurrentHashMap<>();
    private final Map<String, Long> requested = new ConcurrentHashMap<>();
    private int sequence;

    /** A lab with {@code planted} faults (none: a healthy engine) and two copies of every volume. */
    FakeLab(Path dir, Planted... planted) {
        this.dir = dir;
        this.planted = planted.length == 0 ? EnumSet.noneOf(Planted.class) : EnumSet.copyOf(List.of(planted));
        this.pods = new FakePods();
        this.replicas = new FakeReplicas(2, NODES, this::replicaLost);
    }

    @Override
    public Volume create(String role, long bytes) {
        Volume volume = new Volume(name(role), bytes);
        VolumeFiles.create(file(volume.claim()), bytes);
        return volume;
    }

    @Override
    public Volume restore(String role, Snapshot snapshot) {
        Volume volume = new Volume(name(role), Long.parseLong(snapshot.restoreSize()));
        VolumeFiles.copy(snapshots.get(snapshot.name()), file(volume.claim()));
        if (planted.contains(Planted.RESTORE_LOSES_LAST_WRITES)) {
            VolumeFiles.zeroFrom(file(volume.claim()), Math.max(0, volume.bytes() - LOST_BYTES));
        }
        return volume;
    }

    @Override
    public Volume cloneOf(String role, Volume source) {
        Volume volume = new Volume(name(role), source.bytes());
        if (planted.contains(Planted.CLONE_SHARES_BLOCKS)) {
            VolumeFiles.link(file(source.claim()), file(volume.claim()));
        } else {
            VolumeFiles.copy(file(source.claim()), file(volume.claim()));
        }
        return volume;
    }

    @Override
    public Optional<String> expansionProblem() {
        return Optional.empty();
    }

    @Override
    public long claimBytes(Volume volume) {
        return requested.getOrDefault(volume.claim(), volume.bytes());
    }

    @Override
    public Duration expand(Volume volume, long bytes, Duration bound) {
        long start = System.nanoTime();
        requested.put(volume.claim(), bytes);
        if (!planted.contains(Planted.RESIZE_DOES_NOT_GROW)) {
            VolumeFiles.grow(file(volume.claim()), bytes);
        }
        if (planted.contains(Planted.RESIZE_DAMAGES_DATA)) {
            VolumeFiles.damageStart(file(volume.claim()), LOST_BYTES);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Override
    public VolumeRef ref(Volume volume, String consumerNode) {
        return new VolumeRef(volume.claim(), null, Map.of(), consumerNode);
    }

    @Override
    public Optional<String> pinnedNode(Volume volume) {
        return Optional.empty();
    }

    @Override
    public Optional<String> snapshotClass() {
        return Optional.of("fake-copies");
    }

    @Override
    public String snapshotClassProblem() {
        return "";
    }

    @Override
    public Snapshot snapshot(Volume volume, String snapshotClass, Duration bound) {
        long start = System.nanoTime();
        String name = name("snap");
        Path source = file(volume.claim());
        if (planted.contains(Planted.SNAPSHOT_SERVES_LIVE_DATA)) {
            snapshots.put(name, source);
        } else {
            snapshots.put(name, VolumeFiles.copy(source, dir.resolve(name)));
        }
        return new Snapshot(name, Long.toString(volume.bytes()), Duration.ofNanos(System.nanoTime() - start));
    }

    @Override
    public PodRun run(Volume volume, WorkloadSpec job, Placement placement, Path stepDir) throws InterruptedException {
        return pods.run(file(volume.claim()), job, attach(volume, placement), stepDir);
    }

    @Override
    public Background start(Volume volume, String jobText, Placement placement, Path stepDir) {
        return pods.start(file(volume.claim()), jobText, attach(volume, placement), stepDir);
    }

    /** The node the pod runs on: the one asked for, else where the volume was last used (a scheduler's preference). */
    private String attach(Volume volume, Placement placement) {
        String node = placement.node() != null ? placement.node() : lastNode.getOrDefault(volume.claim(), NODES.get(0));
        String last = lastNode.put(volume.claim(), node);
        if (planted.contains(Planted.MOVED_VOLUME_LOSES_DATA) && last != null && !last.equals(node)) {
            VolumeFiles.replaceWithEmpty(file(volume.claim()));
        }
        return node;
    }

    @Override
    public List<String> readyNodes() {
        return NODES;
    }

    @Override
    public int replicas() {
        return replicas.copies();
    }

    @Override
    public EngineAdapter adapter() {
        return replicas;
    }

    @Override
    public FaultHandle drain(String node) {
        return new FakeReplicas.Fault("cordoned node " + node + " (fake: no pod is evicted)", node);
    }

    @Override
    public FaultHandle track(FaultHandle fault) {
        return fault;
    }

    @Override
    public void progress(String step) {
        System.out.println("[fake lab] " + step);
    }

    @Override
    public void close() {
        pods.close();
    }

    private void replicaLost(VolumeRef volume) {
        if (planted.contains(Planted.REPLICA_FAULT_LOSES_ACKNOWLEDGED_WRITES)) {
            VolumeFiles.replaceWithEmpty(file(volume.pvName()));
        }
    }

    private synchronized String name(String role) {
        return role + "-" + (++sequence);
    }

    private Path file(String claim) {
        return dir.resolve(claim + ".img");
    }
}
