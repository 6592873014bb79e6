package org.storageharness.platform.kube.lab;

import org.storageharness.platform.kube.cluster.OpenFaults;

import java.util.List;
import java.util.Map;
import org.storageharness.engine.EngineAdapter;
import org.storageharness.engine.FaultHandle;
import org.storageharness.engine.Health;
import org.storageharness.engine.Replica;
import org.storageharness.engine.VolumeRef;

/** An engine adapter whose injected faults the target knows of, so Ctrl-C and SIGTERM undo them too. */
public final class TrackedAdapter implements EngineAdapter {

    private final EngineAdapter adapter;
    private final OpenFaults faults;

    public TrackedAdapter(EngineAdapter adapter, OpenFaults faults) {
        this.adapter = adapter;
        this.faults = faults;
    }

    @Override
    public String name() {
        return adapter.name();
    }

    @Override
    public Map<String, String> version() {
        return adapter.version();
    }

    @Override
    public List<Replica> replicas(VolumeRef volume) {
        return adapter.replicas(volume);
    }

    @Override
    public Health health(VolumeRef volume) {
        return adapter.health(volume);
    }

    @Override
    public FaultHandle injectReplicaFault(VolumeRef volume, String node) {
        return faults.track(adapter.injectReplicaFault(volume, node));
    }

    @Override
    public List<String> preflight(int readyNodes) {
        return adapter.preflight(readyNodes);
    }
}
