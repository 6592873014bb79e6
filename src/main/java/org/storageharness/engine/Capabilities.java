package org.storageharness.engine;

/**
 * What an engine can do, from the engine catalog (suites/catalog/engines.yaml) with the suite's overrides. A check that
 * needs a capability the engine lacks is skipped with the reason.
 *
 * @param snapshot CSI VolumeSnapshots can be taken and restored into a new volume
 * @param replicas copies of each volume the engine keeps (1: no failover possible)
 * @param block volume mode Block is supported
 * @param expansion volumes can be expanded
 * @param rwx ReadWriteMany access is supported
 * @param cloning a new volume can be cloned from an existing claim (a PVC whose {@code dataSource} is a PVC;
 *     catalog key {@code clone})
 */
public record Capabilities(boolean snapshot, int replicas, boolean block, boolean expansion, boolean rwx,
                           boolean cloning) {

    /** An engine nothing is known of: one copy, no snapshots. */
    public static final Capabilities NONE = new Capabilities(false, 1, false, false, false, false);

    public Capabilities {
        if (replicas < 1) {
            throw new IllegalArgumentException("replicas must be at least 1 but was " + replicas);
        }
    }
}
