package org.storageharness.simcluster;

import java.time.Duration;
import java.util.Objects;

/**
 * A replicated storage engine shaped like Longhorn v1 in the simulated cluster, with knobs that plant faults.
 *
 * <p>Every volume of its StorageClass has a {@code Volume}, an {@code Engine} and {@code replicas()} {@code Replica} CRs
 * in {@code longhorn-system} (longhorn.io/v1beta2, the shapes of longhorn-shapes.md); the Volume is attached to the
 * node of the pod using it. Deleting a Replica CR (the harness's replica fault) makes the volume degraded at once; after
 * {@link #rebuildTime(Duration)} a replacement replica appears in mode WO (rebuilding), and after another
 * {@code rebuildTime} it is RW and the volume healthy again. With {@link #rebuildRate(double)} the second step copies
 * the volume's size at that rate instead and reports its progress in the Engine's {@code status.rebuildStatus}.
 *
 * <p>The knobs are off until set and apply to what happens after they are set; {@link #heal()} turns them all off.
 * Thread-safe: set them from the test thread while the controllers act.
 */
public final class SimulatedEngine {

    /** The VolumeSnapshotClass of the engine: driver {@code driver.longhorn.io}, parameter {@code type: snap}. */
    public static final String SNAPSHOT_CLASS = "longhorn-snapshot-vsc";
    public static final Duration DEFAULT_REBUILD_TIME = Duration.ofSeconds(1);

    private final String storageClass;
    private final int replicas;
    private final Runnable onHeal;
    private volatile Duration rebuildTime = DEFAULT_REBUILD_TIME;
    private volatile boolean snapshotServesLiveData;
    private volatile long restoreLosesLastWrites;
    private volatile boolean replicaLossLosesAcknowledgedWrites;
    private volatile Duration failoverStall;
    private volatile boolean neverHealthy;
    private volatile Duration latencySpike;
    private volatile boolean reattachLosesData;
    private volatile boolean cloneSharesBlocks;
    private volatile boolean resizeDoesNotGrow;
    private volatile long resizeDamagesData;
    private volatile double rebuildRate;
    private volatile int rebuildStallsAt = -1;

    SimulatedEngine(String storageClass, int replicas, Runnable onHeal) {
        this.storageClass = Objects.requireNonNull(storageClass, "storageClass");
        if (replicas < 1) {
            throw new IllegalArgumentException("a replicated engine needs at least 1 replica but was given ["
                    + replicas + "]");
        }
        this.replicas = replicas;
        this.onHeal = onHeal;
    }

    /** The StorageClass whose volumes this engine serves (provisioner {@code driver.longhorn.io}). */
    public String storageClass() {
        return storageClass;
    }

    /** Replicas of each volume ({@code numberOfReplicas}). */
    public int replicas() {
        return replicas;
    }

    /** The namespace of the engine's pods and CRs. */
    public String namespace() {
        return LonghornApi.NAMESPACE;
    }

    /** How long each rebuild step takes (replacement created WO, then RW); default 1 s. Not reset by heal(). */
    public SimulatedEngine rebuildTime(Duration time) {
        if (time == null || time.isNegative()) {
            throw new IllegalArgumentException("rebuildTime must be zero or positive but was [" + time + "]");
        }
        rebuildTime = time;
        return this;
    }

    /**
     * The replacement replica copies the volume's size at {@code mibPerSecond} and reports its progress (percent, in
     * {@code status.rebuildStatus} of the Engine, as Longhorn does) while it does; default off (a fixed
     * {@link #rebuildTime(Duration)}, no progress). Not reset by heal().
     */
    public SimulatedEngine rebuildRate(double mibPerSecond) {
        if (!(mibPerSecond > 0)) {
            throw new IllegalArgumentException("rebuildRate needs a positive MiB/s but was [" + mibPerSecond + "]");
        }
        rebuildRate = mibPerSecond;
        return this;
    }

    /**
     * A replacement replica's rebuild stops at {@code percent} and stays there (the volume never healthy again) until
     * heal(); its progress is reported, at the {@link #rebuildRate(double)} or over {@link #rebuildTime(Duration)}.
     */
    public SimulatedEngine rebuildStallsAt(int percent) {
        if (percent < 0 || percent >= 100) {
            throw new IllegalArgumentException("rebuildStallsAt needs a percent in 0..99 but was [" + percent + "]");
        }
        rebuildStallsAt = percent;
        return this;
    }

    /** Snapshots are not point in time: a restore copies the source volume as it is then, not as it was. */
    public SimulatedEngine snapshotServesLiveData() {
        snapshotServesLiveData = true;
        return this;
    }

    /** A volume restored from this engine's snapshot has the last {@code bytes} of every regular file zeroed. */
    public SimulatedEngine restoreLosesLastWrites(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("restoreLosesLastWrites needs a positive byte count but was ["
                    + bytes + "]");
        }
        restoreLosesLastWrites = bytes;
        return this;
    }

    /**
     * A replica loss reverts the volume to its content when it was first attached (before its first pod ran): every
     * write acknowledged since is lost. Processes writing to an open file go on writing to the old, unlinked one.
     */
    public SimulatedEngine replicaLossLosesAcknowledgedWrites() {
        replicaLossLosesAcknowledgedWrites = true;
        return this;
    }

    /** A replica loss freezes every process of the pods using the volume (SIGSTOP) for {@code stall}, then resumes. */
    public SimulatedEngine failoverStall(Duration stall) {
        failoverStall = positive("failoverStall", stall);
        return this;
    }

    /** A replica loss is never repaired: no replacement replica, the volume stays degraded. */
    public SimulatedEngine neverHealthy() {
        neverHealthy = true;
        return this;
    }

    /** Every fio pod started on the engine's volumes is frozen once, about 0.5 s after it started, for {@code spike}. */
    public SimulatedEngine latencySpike(Duration spike) {
        latencySpike = positive("latencySpike", spike);
        return this;
    }

    /** A pod starting on another node than the volume was last used on finds the volume empty. */
    public SimulatedEngine reattachLosesData() {
        reattachLosesData = true;
        return this;
    }

    /** A clone of a claim is its source under another name: they share every block, writes to one show in the other. */
    public SimulatedEngine cloneSharesBlocks() {
        cloneSharesBlocks = true;
        return this;
    }

    /**
     * A resize is reported done (the claim's capacity is the new size, no FileSystemResizePending) but the filesystem,
     * or the Block volume's device, keeps its old size.
     */
    public SimulatedEngine resizeDoesNotGrow() {
        resizeDoesNotGrow = true;
        return this;
    }

    /** A resize zeroes the first {@code bytes} of every regular file of the volume (its device, in Block mode). */
    public SimulatedEngine resizeDamagesData(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("resizeDamagesData needs a positive byte count but was [" + bytes + "]");
        }
        resizeDamagesData = bytes;
        return this;
    }

    /**
     * Turns every knob off, resumes frozen processes, and has volumes that miss replicas rebuild them (as after
     * {@link #neverHealthy()}). Data already lost stays lost.
     */
    public void heal() {
        snapshotServesLiveData = false;
        restoreLosesLastWrites = 0;
        replicaLossLosesAcknowledgedWrites = false;
        failoverStall = null;
        neverHealthy = false;
        latencySpike = null;
        reattachLosesData = false;
        cloneSharesBlocks = false;
        resizeDoesNotGrow = false;
        resizeDamagesData = 0;
        rebuildStallsAt = -1;
        onHeal.run();
    }

    Duration rebuildTime() {
        return rebuildTime;
    }

    /** Whether rebuilds report their progress (a rate or a planted stall is set). */
    boolean reportsRebuildProgress() {
        return rebuildRate > 0 || rebuildStallsAt >= 0;
    }

    /** How long copying {@code bytes} takes: at the rate, else {@link #rebuildTime()}. */
    Duration copyTime(long bytes) {
        return rebuildRate > 0 ? Duration.ofNanos(Math.round(bytes / (rebuildRate * (1 << 20)) * 1e9)) : rebuildTime;
    }

    /** The percent a rebuild stalls at; 100: none. */
    int rebuildStall() {
        return rebuildStallsAt >= 0 ? rebuildStallsAt : 100;
    }

    boolean servesLiveData() {
        return snapshotServesLiveData;
    }

    /** Bytes a restore loses at the end of each file; 0: none. */
    long restoreLoss() {
        return restoreLosesLastWrites;
    }

    boolean losesWritesOnReplicaLoss() {
        return replicaLossLosesAcknowledgedWrites;
    }

    /** The stall of a replica loss; null: none. */
    Duration stallOnReplicaLoss() {
        return failoverStall;
    }

    boolean repairs() {
        return !neverHealthy;
    }

    /** The spike of each fio pod; null: none. */
    Duration spikeOfFioPods() {
        return latencySpike;
    }

    boolean losesDataOnReattach() {
        return reattachLosesData;
    }

    boolean sharesCloneBlocks() {
        return cloneSharesBlocks;
    }

    boolean growsOnResize() {
        return !resizeDoesNotGrow;
    }

    /** Bytes a resize zeroes at the start of each file; 0: none. */
    long resizeDamage() {
        return resizeDamagesData;
    }

    private static Duration positive(String knob, Duration duration) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(knob + " needs a positive duration but was [" + duration + "]");
        }
        return duration;
    }
}
