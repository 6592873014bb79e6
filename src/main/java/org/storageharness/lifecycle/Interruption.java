package org.storageharness.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether a run has been told to stop (Ctrl-C, SIGTERM, the JVM shutting down) and by what. One per run, shared by
 * whoever stops it (a signal handler, a shutdown hook) and the code that runs cases, which registers the thread doing
 * the work so that a stop interrupts it, and asks before the next case whether to start it at all.
 */
public final class Interruption {

    /**
     * What stopped the run.
     *
     * @param by {@code SIGINT}, {@code SIGTERM} or {@code JVM shutdown}
     * @param at when the stop arrived
     */
    public record Cause(String by, Instant at) {
    }

    /** Undoes {@link #working()}. */
    public interface Work extends AutoCloseable {
        @Override
        void close();
    }

    private final AtomicReference<Cause> cause = new AtomicReference<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Set<Thread> workers = ConcurrentHashMap.newKeySet();

    /**
     * Stops the run: remembers {@code by} and interrupts every thread registered by {@link #working()}. Only the first
     * stop counts.
     *
     * @return false when the run had already been stopped
     */
    public boolean stop(String by) {
        if (!cause.compareAndSet(null, new Cause(by, Instant.now()))) {
            return false;
        }
        stopped.countDown();
        workers.forEach(Thread::interrupt);
        return true;
    }

    /** What stopped the run; empty while it runs on. */
    public Optional<Cause> cause() {
        return Optional.ofNullable(cause.get());
    }

    public boolean isStopped() {
        return cause.get() != null;
    }

    /**
     * Registers the calling thread as doing the run's work until the returned handle is closed: a stop interrupts it
     * (a stop that came first interrupts it at once). Closing clears the interrupt a stop set, so the thread can still
     * write the report (NIO file channels refuse an interrupted thread).
     */
    public Work working() {
        Thread thread = Thread.currentThread();
        workers.add(thread);
        if (isStopped()) {
            thread.interrupt();
        }
        return () -> {
            workers.remove(thread);
            if (isStopped()) {
                Thread.interrupted();
            }
        };
    }

    /**
     * Waits up to {@code grace} for a stop. A signal to the whole process group reaches fio and this JVM at once, and
     * fio may die of it before the JVM's handler has run: a failure that looks like it needs this moment to be told
     * apart from a real one.
     *
     * @return whether the run is stopped
     */
    public boolean awaitStop(Duration grace) {
        try {
            return stopped.await(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return isStopped();
        }
    }
}
