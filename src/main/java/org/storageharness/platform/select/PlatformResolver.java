package org.storageharness.platform.select;

import org.storageharness.platform.Platform;

import java.util.function.Consumer;
import org.storageharness.fio.FioRunner;
import org.storageharness.platform.k3s.PlatformUnavailableException;
import org.storageharness.platform.kube.cluster.ClusterLogin;
import org.storageharness.suite.ConfigurationException;
import org.storageharness.suite.Suite;
import org.storageharness.platform.kube.cluster.KubeSettings;
import org.storageharness.platform.kube.KubePlatform;
import org.storageharness.platform.local.LocalPlatform;

/** Picks the target a suite runs on and says which one and why. */
public final class PlatformResolver {

    private PlatformResolver() {
    }

    /**
     * Chooses and opens the target.
     *
     * @param settings the command line's platform options and where Docker may be
     * @param log receives one line saying which target was chosen and why
     */
    public static Platform resolve(Suite suite, FioRunner fio, String runId, PlatformSettings settings,
                                 Consumer<String> log) {
        KubeSettings kube = KubeSettings.from(suite.kubernetes(), settings.kube());
        PlatformChoice choice = choose(suite, settings);
        log.accept(choice.reason());
        return switch (choice.kind()) {
            case KUBECONFIG -> KubePlatform.open(choice.login(), kube, settings.faults(), runId, log);
            case K3S -> k3s(choice, kube, settings, runId, log);
            default -> new LocalPlatform(fio, runId);
        };
    }

    /**
     * Which target the suite would run on and why, without opening it: reads the kubeconfig and asks whether Docker
     * answers, nothing more.
     *
     * @throws ConfigurationException when the suite names a kubeconfig context that is missing or not allowed
     */
    public static PlatformChoice choose(Suite suite, PlatformSettings settings) {
        KubeSettings kube = KubeSettings.from(suite.kubernetes(), settings.kube());
        return switch (suite.target()) {
            case LOCAL -> PlatformChoice.local("target local: engines are directories or devices on this host");
            case KUBECONFIG -> kubeconfig(ClusterLogin.login(kube), "target kubeconfig");
            case K3S -> k3s("target k3s: a throwaway K3s in Docker", settings);
            case AUTO -> auto(kube, settings);
        };
    }

    private static PlatformChoice kubeconfig(ClusterLogin.Login login, String why) {
        return PlatformChoice.cluster(login, why + ": context [" + login.context() + "] is allowed");
    }

    private static PlatformChoice k3s(String reason, PlatformSettings settings) {
        return PlatformChoice.k3s(reason, K3sPlatforms.dockerUnavailable(settings.docker())
                .map(why -> PlatformUnavailableException.noDocker(why).getMessage()).orElse(null));
    }

    private static PlatformChoice auto(KubeSettings kube, PlatformSettings settings) {
        try {
            return kubeconfig(ClusterLogin.login(kube), "target auto → kubeconfig");
        } catch (ConfigurationException e) {
            String why = e.getMessage().replaceFirst("^Configuration error: ", "");
            var docker = K3sPlatforms.dockerUnavailable(settings.docker());
            if (docker.isEmpty()) {
                return k3s("target auto → k3s: no usable kubeconfig context (" + why + "), and Docker is available",
                        settings);
            }
            return PlatformChoice.local("target auto → local: no usable kubeconfig context (" + why + "), and no"
                    + " Docker for K3s (" + docker.get() + "); the suite runs against this host's engines (a node"
                    + " baseline)");
        }
    }

    private static Platform k3s(PlatformChoice choice, KubeSettings kube, PlatformSettings settings, String runId,
                                Consumer<String> log) {
        if (choice.unavailable() != null) {
            log.accept(choice.unavailable());
            return new UnavailablePlatform("k3s", choice.unavailable());
        }
        try {
            return K3sPlatforms.open(kube, settings, runId, log);
        } catch (PlatformUnavailableException e) {
            log.accept(e.getMessage());
            return new UnavailablePlatform("k3s", e.getMessage());
        }
    }
}
