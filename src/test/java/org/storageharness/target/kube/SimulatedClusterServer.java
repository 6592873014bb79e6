package org.storageharness.target.kube;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Not a test: the simulated cluster as a standalone process, so a whole {@code mvn verify -Dtarget=kubeconfig} can run
 * against it. {@code args}: work directory, kubeconfig file to write (context {@code sim}), number of nodes.
 *
 * <p>{@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.storageharness.target.kube.SimulatedClusterServer
 * /tmp/sim /tmp/sim/kubeconfig 3} then {@code mvn verify -Dsuite=smoke -Dtarget=kubeconfig
 * -Dkubeconfig=/tmp/sim/kubeconfig -Dcluster.allow=sim}.
 */
public final class SimulatedClusterServer {

    private SimulatedClusterServer() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(args[0]));
        int nodes = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        SimulatedBed bed = new SimulatedBed(work, nodes);
        Files.copy(bed.kubeconfig, Path.of(args[1]), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.println("simulated cluster at " + bed.cluster.url() + ", kubeconfig " + args[1] + " (context sim)");
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("harness objects left: " + bed.harnessObjects());
            bed.close();
            stop.countDown();
        }));
        stop.await();
    }
}
