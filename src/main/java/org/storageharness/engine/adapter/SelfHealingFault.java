package org.storageharness.engine.adapter;

import java.util.Objects;
import org.storageharness.engine.FaultHandle;

/**
 * A fault the engine repairs by itself (a deleted Replica CR is re-created, a deleted DaemonSet or OSD pod is
 * restarted), so closing it has nothing to undo.
 *
 * @param description what was deleted, for the report
 * @param node the node the fault hit
 */
record SelfHealingFault(String description, String node) implements FaultHandle {

    SelfHealingFault {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(node, "node");
    }

    @Override
    public void close() {
        // Nothing to undo: the engine's controller restores the object.
    }
}
