package org.storageharness.platform.kube;

import org.storageharness.platform.kube.cluster.Labels;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}
