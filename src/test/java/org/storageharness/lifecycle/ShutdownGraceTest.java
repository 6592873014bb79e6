package org.storageharness.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The hook is played by running its thread's body here, as the JVM would at shutdown. */
class ShutdownGraceTest {

    private final AtomicInteger stops = new AtomicInteger();

    @Test
    void aShutdownStopsTheRunAndWaitsUntilItIsDone() throws Exception {
        ShutdownGrace grace = ShutdownGrace.register("test-grace", stops::incrementAndGet, Duration.ofSeconds(30));

        CompletableFuture<Void> shutdown = CompletableFuture.runAsync(grace.hook());
        await("the stop").atMost(Duration.ofSeconds(10)).until(() -> stops.get() == 1);
        assertThat(shutdown).isNotDone();
        grace.close();

        shutdown.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aShutdownWaitsNoLongerThanItsBound() {
        ShutdownGrace grace = ShutdownGrace.register("test-grace", stops::incrementAndGet, Duration.ofMillis(100));
        try {
            long start = System.nanoTime();
            grace.hook().run();

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(stops).hasValue(1);
        } finally {
            grace.close();
        }
    }

    @Test
    void closingWithoutAShutdownRemovesTheHookAndStopsNothing() {
        ShutdownGrace grace = ShutdownGrace.register("test-grace", stops::incrementAndGet, Duration.ofSeconds(30));

        grace.close();

        assertThat(Runtime.getRuntime().removeShutdownHook(grace.hook())).as("still registered").isFalse();
        assertThat(stops).hasValue(0);
    }
}
