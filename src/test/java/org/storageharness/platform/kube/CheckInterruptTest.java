package org.storageharness.platform.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;
import org.storageharness.junit.CheckTests;
import org.storageharness.platform.kube.cluster.Labels;
import org.storageharness.run.CheckVerdict;
import org.storageharness.run.RunSession;
import org.storageharness.run.RunStopped;
import org.storageharness.suite.CheckKind;
import org.storageharness.suite.EngineSpec;
import org.storageharness.testing.RequiresFio;

/** A stop (Ctrl-C, SIGTERM) while a correctness check runs on the simulated cluster. */
@Tag("simulated-cluster")
@RequiresFio
class CheckInterruptTest {

    @TempDir
    Path dir;

    @Test
    void aStopDuringACheckReportsItInterruptedStartsNoOtherAndLeavesNothingInTheCluster() throws Exception {
        try (ChecksBed bed = new ChecksBed(dir)) {
            RunSession session = bed.open(dir.resolve("out"));
            EngineSpec engine = bed.suite.engines().get(0);
            CompletableFuture<Long> stoppedAt = CompletableFuture.supplyAsync(() -> {
                await("a pod of the check to run").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                        .until(() -> podRunning(bed));
                session.stops().interruption().stop("SIGINT");
                return System.nanoTime();
            });

            Throwable thrown = catchThrowable(() -> CheckTests.run(session, engine, CheckKind.PERSISTENCE));

            double seconds = (System.nanoTime() - stoppedAt.get(10, TimeUnit.SECONDS)) / 1e9;
            System.out.printf("[CheckInterruptTest] stop → check ended after %.2f s%n", seconds);
            assertThat(seconds).isLessThan(5);
            assertThat(thrown).isInstanceOf(RunStopped.class)
                    .hasMessageMatching("Interrupted: persistence · longhorn-sim stopped by SIGINT after \\d+ s");
            assertThatThrownBy(() -> CheckTests.run(session, engine, CheckKind.SNAPSHOT))
                    .isInstanceOf(TestAbortedException.class).hasMessage("run interrupted");
            assertThat(session.checks().verdicts()).extracting(CheckVerdict::check)
                    .containsExactly(CheckKind.PERSISTENCE, CheckKind.SNAPSHOT);
            session.close();
            assertThat(bed.bed.harnessObjects()).isEmpty();
            assertThat(SimulatedBed.runningFio()).isEmpty();
        }
    }

    private static boolean podRunning(ChecksBed bed) {
        return bed.bed.cluster.client().pods().inAnyNamespace().withLabel(Labels.MANAGED_BY, Labels.MANAGER).list()
                .getItems().stream().anyMatch(p -> p.getStatus() != null && "Running".equals(p.getStatus().getPhase()));
    }
}
