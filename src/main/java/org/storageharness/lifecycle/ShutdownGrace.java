package org.storageharness.lifecycle;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets a JVM that is shutting down (Maven's Ctrl-C makes Failsafe call {@code System.exit} in its test JVM) stop the
 * run and wait, for a bounded time, until the run has written what it measured. Unlike {@link ShutdownCleanup} the
 * action runs only at shutdown: {@link #close()} says the run is done and removes the hook.
 */
public final class ShutdownGrace implements AutoCloseable {

    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread hook;

    private ShutdownGrace(String name, Runnable onShutdown, Duration bound) {
        this.hook = new Thread(() -> {
            onShutdown.run();
            awaitDone(bound);
        }, name);
    }

    /**
     * @param onShutdown what the JVM's shutdown does first (stop the run)
     * @param bound how long the shutdown then waits for {@link #close()}
     */
    public static ShutdownGrace register(String name, Runnable onShutdown, Duration bound) {
        ShutdownGrace grace = new ShutdownGrace(name, onShutdown, bound);
        Runtime.getRuntime().addShutdownHook(grace.hook);
        return grace;
    }

    private void awaitDone(Duration bound) {
        try {
            done.await(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The run is done: a shutdown in progress may end, and a later one has nothing to wait for. */
    @Override
    public void close() {
        done.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook is running and has just been released.
        }
    }

    /** The hook's thread, for tests that play the JVM's shutdown. */
    Thread hook() {
        return hook;
    }
}
