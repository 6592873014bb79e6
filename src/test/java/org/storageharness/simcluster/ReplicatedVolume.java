package org.storageharness.simcluster;

import org.storageharness.engine.Replica;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the simulated engine knows of one volume: its replicas and their modes, the pods using it and the node it is
 * attached to. Touched on the control loop only.
 */
final class ReplicatedVolume {

    static final String RW = "RW";
    static final String WO = "WO";

    /** One copy of the volume on a node, in mode {@link #RW} (in sync) or {@link #WO} (rebuilding). */
    record Replica(String name, String node, String mode) {
    }

    private final String name;
    private final int wanted;
    private final Map<String, Replica> replicas = new TreeMap<>();
    private final Map<String, PodProcess> users = new HashMap<>();
    private String attachedNode = "";
    private String lastNode;
    private int pendingRebuilds;
    private long bytes;
    private final Map<String, Integer> rebuildProgress = new TreeMap<>();

    ReplicatedVolume(String name, int wanted) {
        this.name = name;
        this.wanted = wanted;
    }

    String name() {
        return name;
    }

    int wanted() {
        return wanted;
    }

    /** The volume's size, what a rebuild copies. */
    long bytes() {
        return bytes;
    }

    void bytes(long size) {
        bytes = size;
    }

    /** Percent done of each replica being rebuilt that reports progress, by replica name. */
    Map<String, Integer> rebuildProgress() {
        return Map.copyOf(rebuildProgress);
    }

    /** Sets the replica's rebuild progress; null: no rebuild of it in progress. */
    void rebuildProgress(String replica, Integer percent) {
        if (percent == null) {
            rebuildProgress.remove(replica);
        } else {
            rebuildProgress.put(replica, percent);
        }
    }

    Collection<Replica> replicas() {
        return List.copyOf(replicas.values());
    }

    void put(Replica replica) {
        replicas.put(replica.name(), replica);
    }

    /** Forgets the replica; null when it was not one of this volume's. */
    Replica remove(String replica) {
        return replicas.remove(replica);
    }

    boolean hasReplicaOn(String node) {
        return replicas.values().stream().anyMatch(r -> r.node().equals(node));
    }

    /** Replicas neither present nor being rebuilt. */
    int missing() {
        return wanted - replicas.size() - pendingRebuilds;
    }

    void rebuildPlanned() {
        pendingRebuilds++;
    }

    void rebuildStarted() {
        pendingRebuilds--;
    }

    /** Longhorn's word: healthy when every wanted replica is in sync, faulted when none is, degraded otherwise. */
    String robustness() {
        long inSync = replicas.values().stream().filter(r -> RW.equals(r.mode())).count();
        if (inSync == 0) {
            return "faulted";
        }
        return inSync >= wanted && inSync == replicas.size() ? "healthy" : "degraded";
    }

    Map<String, Object> modeMap() {
        Map<String, Object> modes = new LinkedHashMap<>();
        replicas.values().forEach(r -> modes.put(r.name(), r.mode()));
        return modes;
    }

    /** A pod starts using the volume on {@code node}; returns the node it was used on before (null: never). */
    String starting(String node) {
        String before = lastNode;
        lastNode = node;
        return before;
    }

    /** The pod's process runs; true when that changed the node the volume is attached to. */
    boolean attach(String podUid, PodProcess process, String node) {
        users.put(podUid, process);
        boolean moved = !node.equals(attachedNode);
        attachedNode = node;
        return moved;
    }

    /** The pod stopped using the volume; true when that left the volume detached. */
    boolean release(String podUid) {
        if (users.remove(podUid) == null || !users.isEmpty()) {
            return false;
        }
        attachedNode = "";
        return true;
    }

    /** The node the volume is attached to; "" when detached. */
    String attachedNode() {
        return attachedNode;
    }

    Collection<PodProcess> processes() {
        return List.copyOf(users.values());
    }
}
