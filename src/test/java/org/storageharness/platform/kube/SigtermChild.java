package org.storageharness.platform.kube;

import org.storageharness.platform.kube.cluster.Labels;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.storageharness.run.RunSession;
import org.storageharness.suite.Suite;
import org.storageharness.testing.RecordingSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;

/**
 * The child JVM of {@link SigtermTest}: a simulated cluster in {@code args[0]}, a 60-second case on it; writes
 * {@code args[1]} once the fio pod runs, then waits to be terminated.
 */
public final class SigtermChild {

    private SigtermChild() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        Path ready = Path.of(args[1]);
        SimulatedBed bed = new SimulatedBed(work, 1);
        // A real cluster reclaims the deleted claims' volumes after the harness has gone; this one lives in this JVM,
        // so it stays (bounded) until its provisioner has, or the test would race the JVM's exit.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> awaitVolumesReclaimed(work.resolve("sim/volumes")),
                "simulated cluster outlives the run"));
        Suite suite = SimulatedSuites.suite("sim-fast", SimulatedSuites.workload(1, 60), List.of());
        RunSession session = bed.open(suite, work.resolve("out"));
        Thread announce = new Thread(() -> {
            bed.cluster.client().pods().inAnyNamespace().withLabel(Labels.ROLE, "fio").informOnCondition(pods ->
                    pods.stream().anyMatch(p -> p.getStatus() != null && "Running".equals(p.getStatus().getPhase())))
                    .join();
            try {
                Files.writeString(ready, "running");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        announce.setDaemon(true);
        announce.start();
        session.run(RunSession.cases(suite).get(0), new RecordingSink(new ArrayList<>()));
    }

    /** Until no volume directory is left, at most 20 s; what is left then the test reports. */
    private static void awaitVolumesReclaimed(Path volumes) {
        try {
            Awaitility.await("the run's volumes reclaimed by the simulated provisioner").atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(50)).until(() -> empty(volumes));
        } catch (ConditionTimeoutException e) {
            System.err.println("volumes left after [20 s]: " + e.getMessage());
        }
    }

    private static boolean empty(Path dir) throws java.io.IOException {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
