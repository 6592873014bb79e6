package org.storageharness.platform.select;

import org.storageharness.platform.Platform;

import java.util.HashMap;
import java.util.Map;
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
     * @param properties system properties ({@code -Dkubeconfig}, {@code -Dcontext}, {@code -Dcluster.allow}, ...)
     * @param log receives one line saying which target was chosen and why
     */
    public static Platform resolve(Suite suite, FioRunner fio, String runId, Map<String, String> properties,
                                 Consumer<String> log) {
        KubeSettings kube = KubeSettings.from(suite.kubernetes(), properties);
        return switch (suite.target()) {
            case LOCAL -> {
                log.accept("[storage-harness] target local: engines are directories or devices on this host");
                yield new LocalPlatform(fio, runId);
            }
            case KUBECONFIG -> KubePlatform.open(kube, runId, log);
            case K3S -> k3s(kube, runId, log);
            case AUTO -> auto(suite, fio, runId, kube, log);
        };
    }

    private static Platform auto(Suite suite, FioRunner fio, String runId, KubeSettings kube, Consumer<String> log) {
        try {
            Platform target = KubePlatform.open(kube, runId, log);
            log.accept("[storage-harness] target auto → kubeconfig: an allowed context was found");
            return target;
        } catch (ConfigurationException e) {
            String why = e.getMessage().replaceFirst("^Configuration error: ", "");
            var docker = K3sPlatforms.dockerUnavailable();
            if (docker.isEmpty()) {
                log.accept("[storage-harness] target auto → k3s: no usable kubeconfig context (" + why
                        + "), and Docker is available");
                return K3sPlatforms.open(kube, runId, log);
            }
            log.accept("[storage-harness] target auto → local: no usable kubeconfig context (" + why + "), and no"
                    + " Docker for K3s (" + docker.get() + "); the suite runs against this host's engines (a node"
                    + " baseline)");
            return new LocalPlatform(fio, runId);
        }
    }

    private static Platform k3s(KubeSettings kube, String runId, Consumer<String> log) {
        try {
            return K3sPlatforms.open(kube, runId, log);
        } catch (PlatformUnavailableException e) {
            log.accept("[storage-harness] " + e.getMessage());
            return new UnavailablePlatform("k3s", e.getMessage());
        }
    }

    /** The JVM's system properties as a map. */
    public static Map<String, String> systemProperties() {
        Map<String, String> map = new HashMap<>();
        System.getProperties().forEach((k, v) -> map.put(k.toString(), v.toString()));
        return map;
    }

}
