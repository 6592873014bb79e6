package org.storageharness.engine.adapter;

import java.util.List;
import java.util.Map;
import org.storageharness.engine.EngineAdapter;
import org.storageharness.engine.FaultHandle;
import org.storageharness.engine.Health;
import org.storageharness.engine.Replica;
import org.storageharness.engine.VolumeRef;

/**
 * The adapter of engines the harness only knows through core Kubernetes (local-path, LocalPV, csi-hostpath, anything
 * generic): no version beyond what the catalog's pod selector gives, nothing to preflight, and every replica or
 * health question is skipped with the reason.
 */
final class NoAdapter implements EngineAdapter {

    private final String subject;

    /** @param engineKind the catalog's engine kind for the reasons; empty when unknown */
    NoAdapter(String engineKind) {
        this.subject = engineKind == null || engineKind.isBlank() ? "this engine" : "engine kind [" + engineKind + "]";
    }

    @Override
    public String name() {
        return "none";
    }

    @Override
    public Map<String, String> version() {
        return Map.of();
    }

    @Override
    public List<Replica> replicas(VolumeRef volume) {
        throw unknown("replica placement and replica faults are unknown");
    }

    @Override
    public Health health(VolumeRef volume) {
        throw unknown("volume health and rebuild progress are unknown");
    }

    @Override
    public FaultHandle injectReplicaFault(VolumeRef volume, String node) {
        throw unknown("replica placement and replica faults are unknown");
    }

    @Override
    public List<String> preflight(int readyNodes) {
        return List.of();
    }

    private UnsupportedOperationException unknown(String what) {
        return new UnsupportedOperationException(subject + " has no adapter: " + what + " (catalog key adapter is "
                + "[none]; adapters exist for longhorn, mayastor, linstor and ceph)");
    }
}
