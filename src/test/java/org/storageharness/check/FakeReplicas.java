package org.storageharness.check;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.storageharness.engine.EngineAdapter;
import org.storageharness.engine.FaultHandle;
import org.storageharness.engine.Health;
import org.storageharness.engine.HealthState;
import org.storageharness.engine.Replica;
import org.storageharness.engine.VolumeRef;

/**
 * The fake lab's engine adapter: a volume's target is on its consumer's node and its other copies on the next nodes; a
 * replica fault leaves the volume degraded for {@link #REBUILD}, then healthy again. Thread-safe: the failover check
 * watches health while its writer runs.
 */
final class FakeReplicas implements EngineAdapter {

    static final Duration REBUILD = Duration.ofSeconds(1);

    private final int copies;
    private final List<String> nodes;
    private final Consumer<VolumeRef> onFault;
    private final Map<String, Instant> degradedUntil = new ConcurrentHashMap<>();

    /** @param onFault what a replica fault does to the volume's data besides (a planted loss), before it returns */
    FakeReplicas(int copies, List<String> nodes, Consumer<VolumeRef> onFault) {
        this.copies = copies;
        this.nodes = List.copyOf(nodes);
        this.onFault = onFault;
    }

    int copies() {
        return copies;
    }

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public Map<String, String> version() {
        return Map.of();
    }

    @Override
    public List<Replica> replicas(VolumeRef volume) {
        List<Replica> replicas = new ArrayList<>(List.of(new Replica("r0", volume.consumerNode(),
                Replica.Role.TARGET, "RW")));
        nodes.stream().filter(n -> !n.equals(volume.consumerNode())).limit(copies - 1L)
                .forEach(n -> replicas.add(new Replica("r-" + n, n, Replica.Role.REPLICA, "RW")));
        return replicas;
    }

    @Override
    public Health health(VolumeRef volume) {
        Instant until = degradedUntil.get(volume.pvName());
        return until != null && Instant.now().isBefore(until) ? Health.of(HealthState.DEGRADED, "rebuilding")
                : Health.of(HealthState.HEALTHY, "");
    }

    @Override
    public FaultHandle injectReplicaFault(VolumeRef volume, String node) {
        degradedUntil.put(volume.pvName(), Instant.now().plus(REBUILD));
        onFault.accept(volume);
        return new Fault("removed the copy of volume " + volume.pvName() + " on node " + node, node);
    }

    @Override
    public List<String> preflight(int readyNodes) {
        return List.of();
    }

    /** A fault that heals by itself: closing it has nothing to undo. */
    record Fault(String description, String node) implements FaultHandle {

        @Override
        public void close() {
            // The fake engine rebuilds on its own.
        }
    }
}
