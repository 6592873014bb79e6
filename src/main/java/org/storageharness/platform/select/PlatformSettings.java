package org.storageharness.platform.select;

import java.util.Objects;
import org.storageharness.check.FaultPermission;
import org.storageharness.platform.k3s.DockerEnvironment;
import org.storageharness.platform.k3s.K3sSettings;
import org.storageharness.platform.kube.cluster.KubeOverrides;

/**
 * What choosing and opening a platform needs beyond the suite, read once with the run's other settings.
 *
 * @param kube the command line's Kubernetes options ({@code -Dkubeconfig}, {@code -Dcontext}, ...), never null
 * @param k3s how to start K3s when the target is {@code k3s} or {@code auto} falls back to it, never null
 * @param docker where to look for a Docker engine for K3s, never null
 * @param faults the permission for destructive faults, never null: a cluster's preflight checks the rights its mode
 *        needs
 */
public record PlatformSettings(KubeOverrides kube, K3sSettings k3s, DockerEnvironment docker, FaultPermission faults) {

    public PlatformSettings {
        Objects.requireNonNull(kube, "kube");
        Objects.requireNonNull(k3s, "k3s");
        Objects.requireNonNull(docker, "docker");
        Objects.requireNonNull(faults, "faults");
    }

    /** No command-line options and an empty environment (only system-wide Docker sockets): for tests and tools. */
    public static PlatformSettings none() {
        return new PlatformSettings(KubeOverrides.none(), K3sSettings.defaults(), DockerEnvironment.none(),
                FaultPermission.NONE);
    }
}
