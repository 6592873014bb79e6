package org.storageharness.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.storageharness.fio.FioFailure;
import org.storageharness.lifecycle.Interruption;

class RunStopsTest {

    private final Interruption interruption = new Interruption();
    private final RunStops stops = new RunStops(interruption);

    @Test
    void aStepCutShortByTheStopIsReportedAsInterruptedWithTheSignal() {
        assertThatThrownBy(() -> stops.run("host · w", () -> {
            CompletableFuture.runAsync(() -> interruption.stop("SIGINT"));
            return new CountDownLatch(1).await(30, TimeUnit.SECONDS);
        }))
                .isInstanceOf(RunStopped.class).hasMessageMatching("Interrupted: host · w stopped by SIGINT after 0 s")
                .hasToString("Interrupted: host · w stopped by SIGINT after 0 s");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void fioKilledByTheSameCtrlCBeforeTheHandlerRanIsInterruptedNotAFioFailure() {
        assertThatThrownBy(() -> stops.run("host · w", () -> {
            CompletableFuture.runAsync(() -> interruption.stop("SIGINT"));
            throw new FioFailure("fio reported failure", 128, null, "fio: terminating on signal 2");
        })).isInstanceOf(RunStopped.class).hasMessageStartingWith("Interrupted: host · w stopped by SIGINT");
    }

    @Test
    void aFailureWhileTheRunGoesOnStaysWhatItIs() {
        IllegalStateException failure = new IllegalStateException("no space");

        assertThatThrownBy(() -> stops.run("host · w", () -> {
            throw failure;
        })).isSameAs(failure);
        assertThat(stops.skipReason()).isEmpty();
    }

    @Test
    void nothingStartsOnceTheRunIsStopped() {
        interruption.stop("SIGTERM");

        assertThat(stops.skipReason()).hasValue("run interrupted");
    }
}
