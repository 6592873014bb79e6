package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.informers.cache.Store;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * longhorn-manager for one {@link SimulatedEngine}: gives each of its PersistentVolumes a Volume, replicas and an
 * Engine, follows the pods that use the volume, and replaces a replica whose CR was deleted. Runs on the control loop.
 */
final class LonghornManager {

    private static final Duration NO_NODE_RETRY = Duration.ofSeconds(1);
    private static final Duration PROGRESS_TICK = Duration.ofMillis(100);

    private final SimulatedEngine engine;
    private final LonghornCrs crs;
    private final ControlLoop loop;
    private final Store<Node> nodes;
    private final EngineCopies copies;
    private final ProcessFreezer freezer;
    private final Map<String, ReplicatedVolume> volumes = new HashMap<>();

    LonghornManager(SimulatedEngine engine, LonghornCrs crs, ControlLoop loop, Store<Node> nodes, EngineCopies copies,
            ProcessFreezer freezer) {
        this.engine = engine;
        this.crs = crs;
        this.loop = loop;
        this.nodes = nodes;
        this.copies = copies;
        this.freezer = freezer;
    }

    SimulatedEngine engine() {
        return engine;
    }

    boolean serves(PersistentVolume pv) {
        return engine.storageClass().equals(pv.getSpec().getStorageClassName());
    }

    /** The volume of {@code pv}, with its CRs written if this is the first time the engine sees it. */
    ReplicatedVolume volume(PersistentVolume pv) {
        String name = pv.getMetadata().getName();
        ReplicatedVolume volume = volumes.get(name);
        if (volume == null) {
            volume = new ReplicatedVolume(name, engine.replicas());
            List<String> ready = readyNodes();
            for (String node : ready.subList(0, Math.min(engine.replicas(), ready.size()))) {
                volume.put(new ReplicatedVolume.Replica(LonghornObjects.newReplicaName(name), node,
                        ReplicatedVolume.RW));
            }
            volumes.put(name, volume);
            Quantity size = pv.getSpec().getCapacity().get("storage");
            volume.bytes(size == null ? 0 : Quantity.getAmountInBytes(size).longValue());
            crs.create(volume, volume.bytes());
        }
        return volume;
    }

    /** The PersistentVolume is gone: so are its CRs and the engine's copy of its data. */
    void deleted(String pv) {
        if (volumes.remove(pv) != null) {
            crs.delete(pv);
            copies.forget(pv);
        }
    }

    /** A Replica CR was deleted by someone else than this manager: the engine lost that copy. */
    void replicaDeleted(GenericKubernetesResource replica) {
        String pv = replica.getMetadata().getLabels().get(LonghornApi.VOLUME_LABEL);
        ReplicatedVolume volume = pv == null ? null : volumes.get(pv);
        ReplicatedVolume.Replica lost = volume == null ? null : volume.remove(replica.getMetadata().getName());
        if (lost == null) {
            return;
        }
        // The data faults first: once a client sees the volume degraded, they have happened.
        if (engine.losesWritesOnReplicaLoss()) {
            copies.revertToFirstAttach(pv);
        }
        Duration stall = engine.stallOnReplicaLoss();
        if (stall != null) {
            volume.processes().forEach(p -> freezer.freeze(p.handle(), stall, Duration.ZERO));
        }
        crs.changed(volume);
        if (engine.repairs()) {
            planRebuild(volume, lost.node(), engine.rebuildTime());
        }
    }

    /** Volumes that miss replicas (after {@link SimulatedEngine#neverHealthy()}) get them rebuilt. */
    void replenish() {
        for (ReplicatedVolume volume : volumes.values()) {
            for (int i = volume.missing(); i > 0; i--) {
                planRebuild(volume, null, engine.rebuildTime());
            }
        }
    }

    /** Before the process of a pod using the volume on {@code node} starts: the data faults of attaching. */
    void starting(ReplicatedVolume volume, String node) {
        String before = volume.starting(node);
        if (before == null) {
            copies.keepFirstAttach(volume.name());
        } else if (!before.equals(node) && engine.losesDataOnReattach()) {
            copies.wipe(volume.name());
        }
    }

    /**
     * A pod's process started on the volume. With a latency spike planted, a benchmark case's pod freezes for the
     * spike about 0.5 s in and again every 0.5 s of running, so its measured phase sees the spike however long fio's
     * start-up took; a check's pod freezes once, for half the spike, which no check must mistake for lost data (half:
     * a check runs many pods, and the whole spike on each would only make the planted-faults matrix slower).
     */
    void started(ReplicatedVolume volume, String podUid, PodProcess process, String node, FioRole fio) {
        if (volume.attach(podUid, process, node)) {
            crs.changed(volume);
        }
        Duration spike = engine.spikeOfFioPods();
        if (spike != null && fio != FioRole.NONE) {
            boolean benchmark = fio == FioRole.BENCHMARK;
            freezer.freeze(process.handle(), benchmark ? spike : spike.dividedBy(2), Duration.ofMillis(500),
                    benchmark ? Duration.ofMillis(500) : null);
        }
    }

    /** What a pod's fio is for: none, a benchmark case (or a pod without the harness's role), anything else. */
    enum FioRole { NONE, BENCHMARK, OTHER }

    void stopped(ReplicatedVolume volume, String podUid) {
        if (volumes.get(volume.name()) == volume && volume.release(podUid)) {
            crs.changed(volume);
        }
    }

    /** Plans a replacement replica, away from {@code lostNode} (null: anywhere) if another node is free. */
    private void planRebuild(ReplicatedVolume volume, String lostNode, Duration delay) {
        volume.rebuildPlanned();
        loop.later("rebuild of a replica of volume " + volume.name(), delay, () -> rebuild(volume, lostNode));
    }

    /** A replacement replica, WO while it is rebuilt from the others, then RW after another rebuild time. */
    private void rebuild(ReplicatedVolume volume, String lostNode) {
        volume.rebuildStarted();
        if (volumes.get(volume.name()) != volume || !engine.repairs()) {
            return;
        }
        String node = replacementNode(volume, lostNode);
        if (node == null) {
            planRebuild(volume, lostNode, NO_NODE_RETRY);
            return;
        }
        var replica = new ReplicatedVolume.Replica(LonghornObjects.newReplicaName(volume.name()), node,
                ReplicatedVolume.WO);
        volume.put(replica);
        crs.createReplica(volume.name(), replica, "");
        crs.changed(volume);
        if (engine.reportsRebuildProgress()) {
            copy(volume, replica, 0, System.nanoTime());
        } else {
            loop.later("replica " + replica.name() + " rebuilt", engine.rebuildTime(), () -> rebuilt(volume, replica));
        }
    }

    /**
     * One step of copying the volume into the replacement replica at the engine's rate: the fraction {@code done}
     * so far grows with the time since {@code lastNanos}, up to a planted stall; progress goes into the Engine's
     * status every {@link #PROGRESS_TICK} until the copy is complete.
     */
    private void copy(ReplicatedVolume volume, ReplicatedVolume.Replica replica, double done, long lastNanos) {
        if (volumes.get(volume.name()) != volume || !volume.replicas().contains(replica)) {
            volume.rebuildProgress(replica.name(), null);
            return;
        }
        long now = System.nanoTime();
        double copyNanos = Math.max(1, engine.copyTime(volume.bytes()).toNanos());
        double stall = engine.rebuildStall() / 100.0;
        double fraction = done >= stall ? done : Math.min(stall, done + (now - lastNanos) / copyNanos);
        if (fraction >= 1) {
            volume.rebuildProgress(replica.name(), null);
            rebuilt(volume, replica);
            return;
        }
        int percent = (int) Math.floor(fraction * 100);
        if (!Integer.valueOf(percent).equals(volume.rebuildProgress().get(replica.name()))) {
            volume.rebuildProgress(replica.name(), percent);
            crs.changed(volume);
        }
        loop.later("rebuild progress of replica " + replica.name(), PROGRESS_TICK,
                () -> copy(volume, replica, fraction, now));
    }

    private void rebuilt(ReplicatedVolume volume, ReplicatedVolume.Replica replica) {
        if (volumes.get(volume.name()) != volume || volume.remove(replica.name()) == null) {
            return;
        }
        volume.put(new ReplicatedVolume.Replica(replica.name(), replica.node(), ReplicatedVolume.RW));
        crs.replicaHealthy(replica.name());
        crs.changed(volume);
    }

    /**
     * A Ready node without a replica of the volume, other than {@code lostNode} if possible, else any Ready node; null
     * when no node is Ready.
     */
    private String replacementNode(ReplicatedVolume volume, String lostNode) {
        List<String> ready = readyNodes();
        List<String> free = ready.stream().filter(n -> !volume.hasReplicaOn(n)).toList();
        return free.stream().filter(n -> !n.equals(lostNode)).findFirst()
                .orElse(!free.isEmpty() ? free.get(0) : ready.isEmpty() ? null : ready.get(0));
    }

    private List<String> readyNodes() {
        return nodes.list().stream().filter(Nodes::isReady).map(n -> n.getMetadata().getName()).sorted().toList();
    }
}
