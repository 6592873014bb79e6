package org.storageharness.lifecycle;

/**
 * Runs teardown on a thread that may have been interrupted (the case was cancelled, Ctrl-C): with the interrupt flag
 * set, every blocking wait in the teardown would fail at once and leave things behind. The flag is set aside while
 * the teardown runs and restored after, so the caller still sees the interrupt.
 */
public final class Uninterrupted {

    private Uninterrupted() {
    }

    /** Runs {@code teardown} with the interrupt flag cleared, then restores the flag; exceptions pass through. */
    public static void run(Runnable teardown) {
        boolean interrupted = Thread.interrupted();
        try {
            teardown.run();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
