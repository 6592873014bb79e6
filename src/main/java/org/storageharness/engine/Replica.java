package org.storageharness.engine;

import java.util.Objects;

/**
 * One copy (or quorum member) of a volume.
 *
 * @param name the engine's name for it (Replica CR name, replica UUID, LINSTOR node resource)
 * @param node the node it lives on
 * @param role what it is to the volume
 * @param state the engine's own state word (RW, Online, UpToDate, ...)
 */
public record Replica(String name, String node, Role role, String state) {

    /** What a copy is to its volume. */
    public enum Role {
        /** The copy on the node that serves the volume (Longhorn engine, Mayastor nexus, DRBD Primary). */
        TARGET,
        /** A copy elsewhere: the one a replica fault may hit. */
        REPLICA,
        /** A quorum vote without data (LINSTOR TieBreaker): not a replica. */
        TIEBREAKER
    }

    public Replica {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(role, "role");
        name = name == null ? "" : name;
        state = state == null ? "" : state;
    }
}
