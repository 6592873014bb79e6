package org.storageharness.simcluster;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** A container's command running on this machine; stopping it ends its whole process tree, as a runtime does. */
final class PodProcess {

    private final Process process;
    private final String startedAt;

    private PodProcess(Process process) {
        this.process = process;
        this.startedAt = PodStatuses.now();
    }

    static PodProcess start(ProcessBuilder builder) throws IOException {
        return new PodProcess(builder.start());
    }

    String containerId() {
        return "simcluster://" + process.pid();
    }

    /** The container's command, root of its process tree. */
    ProcessHandle handle() {
        return process.toHandle();
    }

    String startedAt() {
        return startedAt;
    }

    CompletableFuture<Integer> exitCode() {
        return process.onExit().thenApply(Process::exitValue);
    }

    /** SIGTERM to every process of the tree now, SIGKILL to the survivors after {@code grace}. */
    void stop(Duration grace) {
        List<ProcessHandle> tree = tree();
        tree.forEach(ProcessHandle::destroy);
        CompletableFuture.delayedExecutor(grace.toMillis(), TimeUnit.MILLISECONDS)
                .execute(() -> tree.forEach(ProcessHandle::destroyForcibly));
    }

    /** SIGKILL to the whole tree, then waits up to {@code wait} for the container's command to end. */
    void kill(Duration wait) {
        tree().forEach(ProcessHandle::destroyForcibly);
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the process [" + process.pid() + "] did not end within [" + wait + "]", e);
        }
    }

    // Descendants first: once the parent dies they are re-parented and no longer found through it.
    private List<ProcessHandle> tree() {
        return Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
    }
}
