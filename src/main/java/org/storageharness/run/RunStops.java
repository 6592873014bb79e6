package org.storageharness.run;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.storageharness.fio.FioFailure;
import org.storageharness.lifecycle.Interruption;

/**
 * A run's stop (Ctrl-C, SIGTERM) as the code that runs cases, checks and gate steps sees it: nothing new starts once
 * the run is stopped, and the one running when the stop came is reported as {@code Interrupted: <what> stopped by
 * <signal> after <n> s}, never as the failure the stop caused (fio killed, a wait cut short).
 */
public final class RunStops {

    /** Why a case, check or gate step was not started. */
    public static final String NOT_RUN = "run interrupted";

    /** How long a failure that a signal may have caused waits for the JVM's handler to report that signal. */
    private static final Duration SAME_SIGNAL = Duration.ofSeconds(1);

    private final Interruption interruption;

    RunStops(Interruption interruption) {
        this.interruption = interruption;
    }

    /** Work that a stop interrupts: fio in a process or pod, waits on the cluster. */
    @FunctionalInterface
    public interface Step<T> {
        T run() throws InterruptedException;
    }

    /** The run's stop flag, for whoever stops it (the signal handler, the JVM's shutdown). */
    public Interruption interruption() {
        return interruption;
    }

    /** {@value #NOT_RUN} once the run is stopped: the next case, check or gate step is skipped with it. */
    public Optional<String> skipReason() {
        return interruption.isStopped() ? Optional.of(NOT_RUN) : Optional.empty();
    }

    /**
     * Runs {@code step} on this thread so that a stop interrupts it; a failure once the run is stopped becomes a
     * {@link RunStopped} naming {@code what} (a case or check name), the signal and how long it had run.
     */
    public <T> T run(String what, Step<T> step) throws InterruptedException {
        Instant start = Instant.now();
        try (Interruption.Work work = interruption.working()) {
            return step.run();
        } catch (InterruptedException e) {
            Optional<RunStopped> stopped = stopped(what, start, e);
            if (stopped.isPresent()) {
                throw stopped.get();
            }
            throw e;
        } catch (RuntimeException e) {
            throw stopped(what, start, e).<RuntimeException>map(s -> s).orElse(e);
        }
    }

    private Optional<RunStopped> stopped(String what, Instant start, Exception failure) {
        if (!interruption.isStopped() && !(maybeSignal(failure) && interruption.awaitStop(SAME_SIGNAL))) {
            return Optional.empty();
        }
        Interruption.Cause cause = interruption.cause().orElseThrow();
        long seconds = Math.max(0, Duration.between(start, cause.at()).toSeconds());
        return Optional.of(new RunStopped("Interrupted: " + what + " stopped by " + cause.by() + " after " + seconds
                + " s"));
    }

    /** fio ends with 128 when a signal stops it (and a process killed by one ends with 128 + its number). */
    private static boolean maybeSignal(Exception failure) {
        return failure instanceof InterruptedException
                || failure instanceof FioFailure fio && fio.exitCode() >= 128;
    }
}
