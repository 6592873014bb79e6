package org.storageharness.engine;

import java.util.List;
import java.util.Map;

/**
 * What the harness asks of an engine beyond core Kubernetes: its version, a volume's replicas and health, and a
 * replica fault. An adapter is built per run with the cluster client; every method may throw
 * {@link UnsupportedOperationException} with a reason, which the check turns into a skip.
 */
public interface EngineAdapter {

    /** The adapter's name ({@code longhorn}, {@code mayastor}, {@code linstor}, {@code ceph}, {@code none}). */
    String name();

    /** Version facts ({@code longhorn.version=v1.12.1}); empty when nothing is discoverable. */
    Map<String, String> version();

    /** The volume's copies with their nodes and roles. */
    List<Replica> replicas(VolumeRef volume);

    /** The volume's health now. */
    Health health(VolumeRef volume);

    /**
     * Hits the copy of {@code volume} on {@code node} with the least-privileged fault the engine offers (engines.md:
     * delete a Replica CR, an io-engine / satellite / OSD pod). Never called for the volume's target or consumer node.
     */
    FaultHandle injectReplicaFault(VolumeRef volume, String node);

    /**
     * What would make a run on this engine meaningless, one clear sentence each (engine not healthy, replicas requested
     * above the number of nodes, pool full); empty when all is well.
     */
    List<String> preflight(int readyNodes);
}
