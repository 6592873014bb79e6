package org.storageharness.platform.kube.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.storageharness.engine.FaultHandle;

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
                boolean interrupted = Thread.interrupted();
                try {
                    fault.close();
                    open.remove(fault);
                } finally {
                    if (interrupted) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
    }

    /** Undoes every open fault; one that cannot be undone is reported and the others still are. */
    public void undoAll() {
        boolean interrupted = Thread.interrupted();
        for (FaultHandle fault : new ArrayList<>(open)) {
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
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    public List<String> describe() {
        return open.stream().map(FaultHandle::description).toList();
    }
}
