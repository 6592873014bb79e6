package org.storageharness.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The hook is played by running its thread's body here, as the JVM would at shutdown. */
class ShutdownCleanupTest {

    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void closingRunsTheCleanupOnceAndDeregistersTheHook() {
        ShutdownCleanup cleanup = ShutdownCleanup.registered("test-cleanup", runs::incrementAndGet);

        cleanup.close();
        cleanup.close();

        assertThat(runs).hasValue(1);
        assertThat(Runtime.getRuntime().removeShutdownHook(cleanup.hook())).as("still registered").isFalse();
    }

    @Test
    void theHookRunsTheCleanupOnceAndALaterCloseDoesNotRepeatIt() {
        ShutdownCleanup cleanup = ShutdownCleanup.registered("test-cleanup", runs::incrementAndGet);

        cleanup.hook().run();
        cleanup.close();

        assertThat(runs).hasValue(1);
    }

    @Test
    void theHookAfterACloseDoesNothing() {
        ShutdownCleanup cleanup = ShutdownCleanup.registered("test-cleanup", runs::incrementAndGet);

        cleanup.close();
        cleanup.hook().run();

        assertThat(runs).hasValue(1);
    }

    @Test
    void aCleanupNeverRegisteredStillRunsOnClose() {
        ShutdownCleanup cleanup = new ShutdownCleanup("test-cleanup", runs::incrementAndGet);

        cleanup.close();

        assertThat(runs).hasValue(1);
        assertThat(Runtime.getRuntime().removeShutdownHook(cleanup.hook())).isFalse();
    }

    @Test
    void aFailingCleanupIsNotRetriedAndItsHookIsGone() {
        ShutdownCleanup cleanup = ShutdownCleanup.registered("test-cleanup", () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("cluster gone");
        });

        assertThatThrownBy(cleanup::close).hasMessage("cluster gone");
        cleanup.hook().run();

        assertThat(runs).hasValue(1);
        assertThat(Runtime.getRuntime().removeShutdownHook(cleanup.hook())).isFalse();
    }

    @Test
    void registeringTwiceAddsOneHook() {
        ShutdownCleanup cleanup = new ShutdownCleanup("test-cleanup", runs::incrementAndGet);

        cleanup.register();
        cleanup.register();

        assertThat(Runtime.getRuntime().removeShutdownHook(cleanup.hook())).isTrue();
        assertThat(Runtime.getRuntime().removeShutdownHook(cleanup.hook())).isFalse();
    }

    @Test
    void closeWaitsForACleanupTheHookIsStillRunning() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ShutdownCleanup cleanup = ShutdownCleanup.registered("test-cleanup", () -> {
            started.countDown();
            await(release);
            runs.incrementAndGet();
        });
        Thread hook = new Thread(cleanup.hook()::run);
        hook.start();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        Thread closer = new Thread(cleanup::close);
        closer.start();

        Awaitility.await("close waiting for the hook's cleanup").atMost(Duration.ofSeconds(10))
                .until(() -> closer.getState() == Thread.State.BLOCKED);
        assertThat(runs).as("close has not run the cleanup itself").hasValue(0);
        release.countDown();
        closer.join(10_000);
        hook.join(10_000);

        assertThat(closer.isAlive()).isFalse();
        assertThat(runs).hasValue(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
