package org.storageharness.lifecycle;

/**
 * A cleanup that runs exactly once: on {@link #close()}, or from a JVM shutdown hook (Ctrl-C, SIGTERM) when the JVM
 * ends first. Whoever comes second waits until the first has finished, so close never returns while the hook is still
 * cleaning up, and the JVM never exits while close is.
 */
public final class ShutdownCleanup implements AutoCloseable {

    private final Runnable cleanup;
    private final Thread hook;
    private boolean registered;
    private boolean ran;

    /** Not registered yet: see {@link #register()}. */
    public ShutdownCleanup(String name, Runnable cleanup) {
        this.cleanup = cleanup;
        this.hook = new Thread(this::runOnce, name);
    }

    /** A cleanup already registered as a shutdown hook. */
    public static ShutdownCleanup registered(String name, Runnable cleanup) {
        ShutdownCleanup once = new ShutdownCleanup(name, cleanup);
        once.register();
        return once;
    }

    /** From now on the JVM's shutdown runs the cleanup, unless it has run; registering twice does nothing. */
    public synchronized void register() {
        if (!registered && !ran) {
            Runtime.getRuntime().addShutdownHook(hook);
            registered = true;
        }
    }

    /** Runs the cleanup unless it has run, then deregisters the hook (also when the cleanup failed). */
    @Override
    public void close() {
        try {
            runOnce();
        } finally {
            deregister();
        }
    }

    private synchronized void runOnce() {
        if (!ran) {
            ran = true;
            cleanup.run();
        }
    }

    private synchronized void deregister() {
        if (!registered) {
            return;
        }
        registered = false;
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook has run the cleanup or is about to find it done.
        }
    }

    /** The hook's thread, for tests that play the JVM's shutdown. */
    Thread hook() {
        return hook;
    }
}
