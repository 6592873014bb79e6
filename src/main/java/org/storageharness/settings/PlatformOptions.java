package org.storageharness.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.storageharness.check.FaultPermission;
import org.storageharness.platform.k3s.DockerEnvironment;
import org.storageharness.platform.k3s.K3sSettings;
import org.storageharness.platform.kube.cluster.KubeOverrides;
import org.storageharness.platform.select.PlatformSettings;

/** Reads what choosing and opening a platform needs: the Kubernetes and K3s options, and where Docker may be. */
final class PlatformOptions {

    private PlatformOptions() {
    }

    /**
     * @param environment the process environment (Docker's variables)
     * @param home the user's home folder (Java's {@code user.home}); null when unknown
     * @param faults the permission for destructive faults, read already
     * @param upgradeGate true when the run includes the upgrade gate, whose kept volumes need rights of their own
     */
    static PlatformSettings read(CommandLine line, Map<String, String> environment, Path home, FaultPermission faults,
                                 boolean upgradeGate) {
        return new PlatformSettings(kube(line, upgradeGate), k3s(line), new DockerEnvironment(environment, home),
                faults);
    }

    private static KubeOverrides kube(CommandLine line, boolean upgradeGate) {
        String kubeconfig = line.text(Option.KUBECONFIG);
        return new KubeOverrides(kubeconfig == null ? null : Path.of(kubeconfig), line.text(Option.CONTEXT),
                line.list(Option.CLUSTER_ALLOW), line.text(Option.NAMESPACE), line.text(Option.FIO_IMAGE),
                line.flag(Option.KEEP, false), upgradeGate);
    }

    private static K3sSettings k3s(CommandLine line) {
        String image = line.text(Option.K3S_IMAGE, K3sSettings.DEFAULT_IMAGE);
        var problem = K3sSettings.imageProblem(image);
        if (problem.isPresent()) {
            line.problem(Option.K3S_IMAGE, problem.get());
            image = K3sSettings.DEFAULT_IMAGE;
        }
        Duration timeout = line.duration(Option.K3S_STARTUP_TIMEOUT, K3sSettings.DEFAULT_STARTUP_TIMEOUT);
        return new K3sSettings(image, timeout, line.flag(Option.K3S_SNAPSHOT_STACK, true));
    }
}
