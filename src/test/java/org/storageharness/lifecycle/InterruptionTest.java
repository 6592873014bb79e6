package org.storageharness.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InterruptionTest {

    private final Interruption interruption = new Interruption();

    @Test
    void aStopInterruptsTheThreadDoingTheWorkAndRemembersTheFirstCause() throws Exception {
        CountDownLatch working = new CountDownLatch(1);
        CompletableFuture<Boolean> interrupted = CompletableFuture.supplyAsync(() -> {
            try (Interruption.Work work = interruption.working()) {
                working.countDown();
                new CountDownLatch(1).await(30, TimeUnit.SECONDS);
                return false;
            } catch (InterruptedException e) {
                return true;
            }
        });
        assertThat(working.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(interruption.stop("SIGINT")).isTrue();
        assertThat(interruption.stop("SIGTERM")).isFalse();

        assertThat(interrupted.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(interruption.cause()).hasValueSatisfying(c -> assertThat(c.by()).isEqualTo("SIGINT"));
    }

    @Test
    void workStartedAfterTheStopIsInterruptedAtOnceAndItsThreadIsClearedAfter() {
        interruption.stop("SIGTERM");

        try (Interruption.Work work = interruption.working()) {
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        }

        assertThat(Thread.currentThread().isInterrupted()).as("interrupt flag after the work").isFalse();
    }

    @Test
    void threadsThatAreNotWorkingAreLeftAlone() {
        interruption.stop("SIGINT");

        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void awaitingAStopReturnsAsSoonAsItComesAndGivesUpAfterItsBound() {
        assertThat(interruption.awaitStop(Duration.ofMillis(50))).isFalse();

        CompletableFuture.runAsync(() -> interruption.stop("SIGINT"));

        assertThat(interruption.awaitStop(Duration.ofSeconds(10))).isTrue();
    }
}
