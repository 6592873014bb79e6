package org.storageharness.fio;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Stops a process and everything it forked. fio forks one process per job and a job process keeps doing I/O when
 * only the parent dies, so the children are collected while the parent is still alive to own them.
 */
final class ProcessTree {

    private static final Duration GRACE = Duration.ofSeconds(5);

    private ProcessTree() {
    }

    /** SIGTERM to the parent (fio then stops its jobs and still writes its report), SIGKILL to the rest after a grace. */
    static void stop(Process process) {
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        process.destroy();
        try {
            process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        tree.forEach(h -> h.onExit().join());
    }
}
