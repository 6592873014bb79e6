package org.storageharness.platform.select;

import org.storageharness.platform.Platform;

import java.util.Optional;
import java.util.function.Consumer;
import org.storageharness.platform.k3s.DockerEnvironment;
import org.storageharness.platform.k3s.DockerProbe;
import org.storageharness.platform.k3s.K3sCluster;
import org.storageharness.platform.kube.cluster.KubeSettings;
import org.storageharness.platform.kube.KubePlatform;

/** Starts K3s in Docker and runs the Kubernetes target on it; the cluster goes away with the target. */
final class K3sPlatforms {

    private K3sPlatforms() {
    }

    /** Why K3s cannot start here, or empty when Docker is usable. */
    static Optional<String> dockerUnavailable(DockerEnvironment docker) {
        return DockerProbe.unavailableReason(docker);
    }

    static Platform open(KubeSettings kube, PlatformSettings settings, String runId, Consumer<String> log) {
        K3sCluster cluster = K3sCluster.start(settings.k3s(), settings.docker(), log);
        try {
            return KubePlatform.onOwnCluster(cluster.kubeconfig(), "k3s", kube, settings.faults(), runId, log, cluster,
                    cluster.facts());
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }
}
