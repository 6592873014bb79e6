package org.storageharness.simcluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

@EnabledOnOs(value = OS.LINUX, disabledReason = "the freezer reads /proc")
class ProcessFreezerTest {

    private final ProcessFreezer freezer = new ProcessFreezer();
    private Process shell;

    @BeforeEach
    void startAShellWithAChild() throws IOException {
        shell = new ProcessBuilder("sh", "-c", "sleep 60 & wait").start();
        Awaitility.await("the shell's child started").atMost(Duration.ofSeconds(5))
                .until(() -> shell.descendants().findAny().isPresent());
    }

    @AfterEach
    void stopTheShell() {
        freezer.close();
        Stream.concat(shell.descendants(), Stream.of(shell.toHandle())).forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void freezesTheWholeTreeForTheHoldThenResumesIt() {
        long start = System.nanoTime();
        freezer.freeze(shell.toHandle(), Duration.ofMillis(500), Duration.ZERO);

        // Sleeping processes never sit in a read or write: the freezer holds them once its probing window is over,
        // after stopping them for a few milliseconds at each probe, which the 300 ms below tell from the hold.
        Awaitility.await("the tree held stopped").atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(2))
                .during(Duration.ofMillis(300)).until(() -> tree().stream().allMatch(ProcTasks::stopped));
        Awaitility.await("the tree resumed").atMost(Duration.ofSeconds(3)).until(() -> tree().stream()
                .noneMatch(ProcTasks::stopped));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(500));
        assertThat(shell.isAlive()).isTrue();
    }

    @Test
    void freezesAgainAfterEachHoldWhenAskedToRepeat() {
        freezer.freeze(shell.toHandle(), Duration.ofMillis(400), Duration.ZERO, Duration.ofMillis(100));

        for (int freeze = 1; freeze <= 2; freeze++) {
            Awaitility.await("freeze " + freeze + " held").atMost(Duration.ofSeconds(4))
                    .pollInterval(Duration.ofMillis(2)).during(Duration.ofMillis(250))
                    .until(() -> tree().stream().allMatch(ProcTasks::stopped));
            Awaitility.await("resumed after freeze " + freeze).atMost(Duration.ofSeconds(3))
                    .pollInterval(Duration.ofMillis(2)).until(() -> tree().stream().noneMatch(ProcTasks::stopped));
        }
        assertThat(shell.isAlive()).isTrue();
    }

    @Test
    void closeResumesAFrozenTree() {
        freezer.freeze(shell.toHandle(), Duration.ofMinutes(5), Duration.ZERO);
        Awaitility.await("the tree held stopped").atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(2))
                .during(Duration.ofMillis(300)).until(() -> tree().stream().allMatch(ProcTasks::stopped));

        freezer.close();

        assertThat(tree()).noneMatch(ProcTasks::stopped);
    }

    @Test
    void resumeAllCancelsFreezesToCome() {
        freezer.freeze(shell.toHandle(), Duration.ofMinutes(5), Duration.ofMillis(300));

        freezer.resumeAll();

        Awaitility.await("the tree never stopped").during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(2))
                .until(() -> tree().stream().noneMatch(ProcTasks::stopped));
    }

    private List<Long> tree() {
        return Stream.concat(Stream.of(shell.toHandle()), shell.descendants()).map(ProcessHandle::pid).toList();
    }
}
