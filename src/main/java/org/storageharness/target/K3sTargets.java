package org.storageharness.target;

import java.util.Optional;
import java.util.function.Consumer;
import org.storageharness.target.k3s.DockerProbe;
import org.storageharness.target.k3s.K3sCluster;
import org.storageharness.target.k3s.K3sSettings;
import org.storageharness.target.kube.KubeSettings;
import org.storageharness.target.kube.KubeTarget;

/** Starts K3s in Docker and runs the Kubernetes target on it; the cluster goes away with the target. */
final class K3sTargets {

    private K3sTargets() {
    }

    /** Why K3s cannot start here, or empty when Docker is usable. */
    static Optional<String> dockerUnavailable() {
        return DockerProbe.unavailableReason();
    }

    static Target open(KubeSettings kube, String runId, Consumer<String> log) {
        K3sCluster cluster = K3sCluster.start(K3sSettings.fromSystemProperties(), log);
        try {
            return KubeTarget.onOwnCluster(cluster.kubeconfig(), "k3s", kube, runId, log, cluster, cluster.facts());
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }
}
