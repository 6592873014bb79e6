package org.storageharness.simcluster;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Freezes pods' process trees (SIGSTOP) for a while, then resumes them (SIGCONT): a real I/O stall that fio measures.
 *
 * <p>A process stopped between two I/Os shows a gap in fio's logs but no slow I/O, and fio spends a good part of its
 * time outside I/O calls (a quarter in a 4 KiB psync job). So the freezer stops the tree, looks whether a thread sits
 * in a read or write ({@link ProcTasks#inIo}), and if not resumes it at once and tries again a few milliseconds later;
 * after {@link #PROBE_WINDOW} it holds wherever the process is. {@link #resumeAll()} and {@link #close()} resume every
 * process it stopped and cancel the freezes to come.
 */
final class ProcessFreezer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessFreezer.class);
    private static final Duration PROBE_WINDOW = Duration.ofMillis(1200);
    private static final Duration PROBE_INTERVAL = Duration.ofMillis(7);
    private static final Duration STOP_WAIT = Duration.ofMillis(100);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "simcluster-process-freezer");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Long> frozen = ConcurrentHashMap.newKeySet();
    private final AtomicLong generation = new AtomicLong();

    /** After {@code delay}, stops the tree of {@code root} for {@code hold} (see the class comment for when). */
    void freeze(ProcessHandle root, Duration hold, Duration delay) {
        freeze(root, hold, delay, null);
    }

    /**
     * {@link #freeze(ProcessHandle, Duration, Duration)}, then again {@code every} after each freeze ends until the
     * tree is gone ({@code every} null: once). Repeated freezes land in a process's measured phase however long its
     * start-up (fio's layout of its file) took on a busy machine.
     */
    void freeze(ProcessHandle root, Duration hold, Duration delay, Duration every) {
        long deadline = System.nanoTime() + delay.plus(PROBE_WINDOW).toNanos();
        probeLater(generation.get(), delay, root, new Hold(hold, every), deadline);
    }

    /** How long a freeze holds, and after how long of running it comes again (null: never). */
    private record Hold(Duration hold, Duration every) {
    }

    /** Resumes every process this freezer stopped and cancels the freezes not yet done. */
    void resumeAll() {
        generation.incrementAndGet();
        resume(List.copyOf(frozen));
    }

    private void probe(long scheduledIn, ProcessHandle root, Hold hold, long deadline) {
        List<Long> tree = Stream.concat(Stream.of(root), root.descendants()).filter(ProcessHandle::isAlive)
                .map(ProcessHandle::pid).toList();
        if (tree.isEmpty() || generation.get() != scheduledIn) {
            return;
        }
        frozen.addAll(tree);
        signal("STOP", tree);
        boolean stopped = awaitStopped(tree);
        if (generation.get() != scheduledIn) {
            resume(tree);
        } else if (System.nanoTime() >= deadline || stopped && tree.stream().anyMatch(ProcTasks::inIo)) {
            LOG.debug("simulated engine: froze processes {} for [{}]", tree, hold.hold());
            later(hold.hold(), () -> {
                resume(tree);
                if (hold.every() != null) {
                    freezeAgain(scheduledIn, root, hold);
                }
            });
        } else {
            resume(tree);
            probeLater(scheduledIn, PROBE_INTERVAL, root, hold, deadline);
        }
    }

    private void freezeAgain(long scheduledIn, ProcessHandle root, Hold hold) {
        long deadline = System.nanoTime() + hold.every().plus(PROBE_WINDOW).toNanos();
        probeLater(scheduledIn, hold.every(), root, hold, deadline);
    }

    private void probeLater(long scheduledIn, Duration delay, ProcessHandle root, Hold hold, long deadline) {
        later(delay, () -> probe(scheduledIn, root, hold, deadline));
    }

    private void resume(List<Long> pids) {
        signal("CONT", pids);
        frozen.removeAll(pids);
    }

    private static boolean awaitStopped(List<Long> pids) {
        try {
            Awaitility.await("processes " + pids + " stopped").atMost(STOP_WAIT).pollInSameThread()
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1))
                    .until(() -> pids.stream().allMatch(ProcTasks::stopped));
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    private void later(Duration delay, Runnable task) {
        try {
            timer.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("simulated engine: the freezer is closed, so a freeze does not happen");
        }
    }

    private static void signal(String signal, List<Long> pids) {
        if (pids.isEmpty()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(pid -> command.add(Long.toString(pid)));
        try {
            // A process that ended meanwhile makes kill exit 1; the others got the signal all the same.
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException("cannot send SIG" + signal + " to " + pids + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Cancels the freezes to come and resumes every stopped process, so none outlives the cluster stopped. */
    @Override
    public void close() {
        generation.incrementAndGet();
        timer.shutdownNow();
        try {
            if (!timer.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("simulated engine: the process freezer did not stop within [5 s]");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        resumeAll();
    }
}
