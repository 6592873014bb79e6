package org.storageharness.platform.select;

import org.storageharness.platform.Platform;

import java.util.function.Consumer;
import org.storageharness.fio.FioRunner;
import org.storageharness.suite.ConfigurationException;
import org.storageharness.suite.Suite;
import org.storageharness.platform.k3s.PlatformUnavailableException;
import org.storageharness.platform.kube.cluster.KubeSettings;
import org.storageharness.platform.kube.KubePlatform;
import org.storageharness.platform.local.LocalPlatform;

/** Picks the target a suite runs on and says which one and why. */
public final class PlatformResolver {

    private PlatformResolver() {
    }

    /**
     * @param settings the command line's platform options and where Docker may be
     * @param log receives one line saying which target was chosen and why
     */
    public static Platform resolve(Suite suite, FioRunner fio, String runId, PlatformSettings settings,
                                 Consumer<String> log) {
        KubeSettings kube = KubeSettings.from(suite.kubernetes(), settings.kube());
        return switch (suite.target()) {
            case LOCAL -> {
                log.accept("target local: engines are directories or devices on this host");
                yield new LocalPlatform(fio, runId);
            }
            case KUBECONFIG -> KubePlatform.open(kube, runId, log);
            case K3S -> k3s(kube, settings, runId, log);
            case AUTO -> auto(fio, runId, kube, settings, log);
        };
    }

    private static Platform auto(FioRunner fio, String runId, KubeSettings kube, PlatformSettings settings,
                                 Consumer<String> log) {
        try {
            Platform target = KubePlatform.open(kube, runId, log);
            log.accept("target auto → kubeconfig: an allowed context was found");
            return target;
        } catch (ConfigurationException e) {
            String why = e.getMessage().replaceFirst("^Configuration error: ", "");
            var docker = K3sPlatforms.dockerUnavailable(settings.docker());
            if (docker.isEmpty()) {
                log.accept("target auto → k3s: no usable kubeconfig context (" + why + "), and Docker is available");
                return K3sPlatforms.open(kube, settings, runId, log);
            }
            log.accept("target auto → local: no usable kubeconfig context (" + why + "), and no Docker for K3s ("
                    + docker.get() + "); the suite runs against this host's engines (a node baseline)");
            return new LocalPlatform(fio, runId);
        }
    }

    private static Platform k3s(KubeSettings kube, PlatformSettings settings, String runId, Consumer<String> log) {
        try {
            return K3sPlatforms.open(kube, settings, runId, log);
        } catch (PlatformUnavailableException e) {
            log.accept(e.getMessage());
            return new UnavailablePlatform("k3s", e.getMessage());
        }
    }
}
