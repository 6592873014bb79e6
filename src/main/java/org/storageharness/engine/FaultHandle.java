package org.storageharness.engine;

/**
 * An injected fault and its undo. {@link #close()} undoes it (restores a scaled-down deployment, uncordons a node,
 * runs the user's undo command); it is called whatever happens after the injection, and twice is harmless.
 */
public interface FaultHandle extends AutoCloseable {

    /** What was done, for the report: {@code deleted Replica CR pvc-1-r-abc on node n2}. */
    String description();

    /** The node the fault hit. */
    String node();

    @Override
    void close();
}
