package org.storageharness.target;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.storageharness.fio.FioRunner;
import org.storageharness.suite.ConfigurationException;
import org.storageharness.suite.Suite;
import org.storageharness.target.k3s.TargetUnavailableException;
import org.storageharness.target.kube.KubeSettings;
import org.storageharness.target.kube.KubeTarget;
import org.storageharness.target.local.LocalTarget;

/** Picks the target a suite runs on and says which one and why. */
public final class TargetResolver {

    private TargetResolver() {
    }

    /**
     * @param properties system properties ({@code -Dkubeconfig}, {@code -Dcontext}, {@code -Dcluster.allow}, ...)
     * @param log receives one line saying which target was chosen and why
     */
    public static Target resolve(Suite suite, FioRunner fio, String runId, Map<String, String> properties,
                                 Consumer<String> log) {
        KubeSettings kube = KubeSettings.from(suite.kubernetes(), properties);
        return switch (suite.target()) {
            case LOCAL -> {
                log.accept("[storage-harness] target local: engines are directories or devices on this host");
                yield new LocalTarget(fio, runId);
            }
            case KUBECONFIG -> KubeTarget.open(kube, runId, log);
            case K3S -> k3s(kube, runId, log);
            case AUTO -> auto(suite, fio, runId, kube, log);
        };
    }

    private static Target auto(Suite suite, FioRunner fio, String runId, KubeSettings kube, Consumer<String> log) {
        try {
            Target target = KubeTarget.open(kube, runId, log);
            log.accept("[storage-harness] target auto → kubeconfig: an allowed context was found");
            return target;
        } catch (ConfigurationException e) {
            String why = e.getMessage().replaceFirst("^Configuration error: ", "");
            var docker = K3sTargets.dockerUnavailable();
            if (docker.isEmpty()) {
                log.accept("[storage-harness] target auto → k3s: no usable kubeconfig context (" + why
                        + "), and Docker is available");
                return K3sTargets.open(kube, runId, log);
            }
            log.accept("[storage-harness] target auto → local: no usable kubeconfig context (" + why + "), and no"
                    + " Docker for K3s (" + docker.get() + "); the suite runs against this host's engines (a node"
                    + " baseline)");
            return new LocalTarget(fio, runId);
        }
    }

    private static Target k3s(KubeSettings kube, String runId, Consumer<String> log) {
        try {
            return K3sTargets.open(kube, runId, log);
        } catch (TargetUnavailableException e) {
            log.accept("[storage-harness] " + e.getMessage());
            return new UnavailableTarget("k3s", e.getMessage());
        }
    }

    /** The JVM's system properties as a map. */
    public static Map<String, String> systemProperties() {
        Map<String, String> map = new HashMap<>();
        System.getProperties().forEach((k, v) -> map.put(k.toString(), v.toString()));
        return map;
    }

}
