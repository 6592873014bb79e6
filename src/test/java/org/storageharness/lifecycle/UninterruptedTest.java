package org.storageharness.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UninterruptedTest {

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void aTeardownOnAnInterruptedThreadCanStillWaitAndTheInterruptIsRestored() {
        AtomicBoolean waited = new AtomicBoolean();
        Thread.currentThread().interrupt();

        Uninterrupted.run(() -> waited.set(waitBriefly()));

        assertThat(waited).as("the wait in the teardown was not cut short").isTrue();
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void anUninterruptedThreadStaysUninterrupted() {
        AtomicBoolean ran = new AtomicBoolean();

        Uninterrupted.run(() -> ran.set(true));

        assertThat(ran).isTrue();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void theInterruptIsRestoredWhenTheTeardownFails() {
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> Uninterrupted.run(() -> {
            throw new IllegalStateException("could not delete");
        })).isInstanceOf(IllegalStateException.class).hasMessage("could not delete");

        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    /** True when a bounded wait ran to its end, false when the interrupt flag cut it short. */
    private static boolean waitBriefly() {
        try {
            return !new CountDownLatch(1).await(20, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            return false;
        }
    }
}
