package org.storageharness.platform.kube.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.storageharness.engine.FaultHandle;
import org.storageharness.lifecycle.Uninterrupted;

/**
 * Faults injected and not yet undone, so the target's cleanup (close, Ctrl-C, SIGTERM) undoes them before it removes
 * the run's objects: a cordoned node is uncordoned, a powered-off node powered on.
 */
public final class OpenFaults {

    private final Set<FaultHandle> open = ConcurrentHashMap.newKeySet();
    private final Consumer<String> log;

    public OpenFaults(Consumer<String> log) {
        this.log = log;
    }

    /** The same fault, known here until it is undone. */
    public FaultHandle track(FaultHandle fault) {
        open.add(fault);
        return new FaultHandle() {
            @Override
            public String description() {
                return fault.description();
            }

            @Override
            public String node() {
                return fault.node();
            }

            /** Undoes even when the thread was interrupted (its requests would fail at once); kept on failure. */
            @Override
            public void close() {
                Uninterrupted.run(() -> {
                    fault.close();
                    open.remove(fault);
                });
            }
        };
    }

    /** Undoes every open fault; one that cannot be undone is reported and the others still are. */
    public void undoAll() {
        Uninterrupted.run(() -> new ArrayList<>(open).forEach(this::undo));
    }

    private void undo(FaultHandle fault) {
        try {
            log.accept("undoing fault: " + fault.description());
            fault.close();
        } catch (RuntimeException e) {
            log.accept("WARNING: could not undo [" + fault.description() + "]: "
                    + e.getMessage() + "; undo it by hand");
        } finally {
            open.remove(fault);
        }
    }

    public List<String> describe() {
        return open.stream().map(FaultHandle::description).toList();
    }
}
