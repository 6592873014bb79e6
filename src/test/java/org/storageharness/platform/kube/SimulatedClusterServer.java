package org.storageharness.platform.kube;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.storageharness.simcluster.SimulatedEngine;

/**
 * Not a test: the simulated cluster as a standalone process, so a whole {@code mvn verify -Dtarget=kubeconfig} can run
 * against it. {@code args}: work directory, kubeconfig file to write (context {@code sim}), number of nodes, and
 * optionally a planted fault of the replicated engine {@code longhorn-sim}: {@code snapshot-live-data},
 * {@code restore-loses-writes}, {@code reattach-loses-data}, {@code replica-loss-loses-writes},
 * {@code never-healthy}, {@code stall-<N>s} or {@code rebuild-stalls-<P>} (a rebuild stops at P %), and the
 * engine's rebuild rate {@code rebuild-rate-<MiB/s>} (progress reported as Longhorn does); and optionally
 * {@code deny=VERB:RESOURCE[,VERB:RESOURCE...]}, the
 * permissions the harness lacks ({@code deny=create:persistentvolumeclaims}: 403 for those requests, and access reviews
 * say so). Besides {@code local-path} and {@code sim-fast} it serves that
 * Longhorn-shaped engine (two replicas) and a snapshot-controller pod, so the correctness checks run against it too.
 *
 * <p>{@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.storageharness.platform.kube.SimulatedClusterServer
 * /tmp/sim /tmp/sim/kubeconfig 3} then {@code mvn verify -Dsuite=smoke -Dtarget=kubeconfig
 * -Dkubeconfig=/tmp/sim/kubeconfig -Dcluster.allow=sim}.
 */
public final class SimulatedClusterServer {

    private SimulatedClusterServer() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(args[0]));
        int nodes = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        SimulatedBed bed = new SimulatedBed(work, nodes, true);
        var engine = bed.cluster.addReplicatedEngine("longhorn-sim", 2);
        bed.cluster.addEnginePod("kube-system", "snapshot-controller-0", Map.of("app", "snapshot-controller"),
                "registry.k8s.io/sig-storage/snapshot-controller:v8.6.0", 0.01, 30);
        for (int i = 3; i < args.length; i++) {
            if (args[i].startsWith("deny=")) {
                deny(bed, args[i].substring("deny=".length()));
            } else {
                plant(engine, args[i]);
            }
        }
        Files.copy(bed.kubeconfig, Path.of(args[1]), StandardCopyOption.REPLACE_EXISTING);
        System.out.println("simulated cluster at " + bed.cluster.url() + ", kubeconfig " + args[1] + " (context sim)");
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("harness objects left: " + bed.harnessObjects());
            bed.close();
            stop.countDown();
        }));
        stop.await();
    }

    private static void deny(SimulatedBed bed, String permissions) {
        for (String permission : permissions.split(",")) {
            String[] verbResource = permission.split(":", 2);
            bed.cluster.deny(verbResource[0].trim(), verbResource[1].trim());
            System.out.println("denied: " + verbResource[0].trim() + " " + verbResource[1].trim());
        }
    }

    private static void plant(SimulatedEngine engine, String fault) {
        switch (fault) {
            case "snapshot-live-data" -> engine.snapshotServesLiveData();
            case "restore-loses-writes" -> engine.restoreLosesLastWrites(1 << 20);
            case "reattach-loses-data" -> engine.reattachLosesData();
            case "replica-loss-loses-writes" -> engine.replicaLossLosesAcknowledgedWrites();
            case "never-healthy" -> engine.neverHealthy();
            default -> {
                if (fault.matches("rebuild-(rate|stalls)-\\d+")) {
                    int n = Integer.parseInt(fault.replaceAll("\\D", ""));
                    if (fault.contains("rate")) {
                        engine.rebuildRate(n);
                    } else {
                        engine.rebuildStallsAt(n);
                    }
                    System.out.println("rebuild: " + fault);
                    return;
                }
                if (!fault.matches("stall-\\d+s")) {
                    throw new IllegalArgumentException("unknown planted fault [" + fault + "]");
                }
                engine.failoverStall(Duration.ofSeconds(Long.parseLong(fault.replaceAll("\\D", ""))));
            }
        }
        System.out.println("planted fault: " + fault);
    }
}
