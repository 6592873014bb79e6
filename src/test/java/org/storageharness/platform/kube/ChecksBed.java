package org.storageharness.platform.kube;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.storageharness.run.RunSession;
import org.storageharness.simcluster.SimulatedEngine;
import org.storageharness.suite.load.Overrides;
import org.storageharness.suite.Suite;
import org.storageharness.suite.load.SuiteLoader;
import org.storageharness.settings.RunSettings;

/**
 * The simulated cluster with a Longhorn-shaped replicated engine ({@code longhorn-sim}, two replicas on three nodes)
 * and {@code src/test/resources/sim-suites/checks-sim.yaml} loaded through the real suite loader and catalog; runs are
 * opened through the production Kubernetes path with destructive faults allowed on every node.
 */
final class ChecksBed implements AutoCloseable {

    static final String SUITE = "checks-sim";

    final SimulatedBed bed;
    final SimulatedEngine engine;
    final Suite suite;

    ChecksBed(Path dir) {
        bed = new SimulatedBed(dir, 3);
        // Healthy again about 1 s after a replica fault, well inside the suite's failover.maxTimeToHealthy [5 s].
        engine = bed.cluster.addReplicatedEngine("longhorn-sim", 2).rebuildTime(Duration.ofMillis(500));
        // The simulated snapshot controller runs inside the test; this pod is what the preflight looks for.
        bed.cluster.addEnginePod("kube-system", "snapshot-controller-0", Map.of("app", "snapshot-controller"),
                "registry.k8s.io/sig-storage/snapshot-controller:v8.6.0", 0.01, 30);
        suite = load(dir, SUITE);
    }

    /** {@code src/test/resources/sim-suites/NAME.yaml} with the project's catalogs, from a suites folder in {@code dir}. */
    static Suite load(Path dir, String name) {
        return load(dir, name, List.of());
    }

    /** The suite with only {@code engines} (all when empty), as {@code -Dengines} would select them. */
    static Suite load(Path dir, String name, List<String> engines) {
        Path basedir = Path.of(System.getProperty("harness.basedir", "."));
        try {
            Path suites = Files.createDirectories(dir.resolve("suites/catalog"));
            for (String f : List.of("engines.yaml", "workloads.yaml")) {
                Files.copy(basedir.resolve("suites/catalog").resolve(f), suites.resolve(f));
            }
            Files.copy(basedir.resolve("src/test/resources/sim-suites/" + name + ".yaml"),
                    dir.resolve("suites/" + name + ".yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SuiteLoader(dir.resolve("suites"), dir).load(name,
                new Overrides("kubeconfig", engines, List.of(), Duration.ofSeconds(2)));
    }

    RunSession open(Path out) {
        RunSession session = bed.open(suite, out);
        Properties p = new Properties();
        p.setProperty("faults", "allow");
        p.setProperty("faults.nodes", "node-1,node-2,node-3");
        session.checks().allowFaults(RunSettings.from(p, Map.of()).faults());
        return session;
    }

    @Override
    public void close() {
        bed.close();
    }
}
