package org.storageharness.platform.kube.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.storageharness.suite.KubeOptions;

/**
 * Everything the Kubernetes target needs to know before it connects: the suite's {@code kubernetes:} section with the
 * command line on top ({@code -Dkubeconfig}, {@code -Dcontext}, {@code -Dcluster.allow}, {@code -Dnamespace},
 * {@code -Dfio.image}, {@code -Dkeep}).
 *
 * @param options the suite's settings, with command-line overrides applied
 * @param kubeconfig the kubeconfig file; null for fabric8's defaults (KUBECONFIG, ~/.kube/config, in-cluster)
 * @param context the context to use; null for the kubeconfig's current context
 * @param allowedContexts contexts the harness may touch (suite list plus {@code -Dcluster.allow})
 * @param keep true to leave the run's objects in the cluster for debugging
 */
public record KubeSettings(KubeOptions options, Path kubeconfig, String context, List<String> allowedContexts,
                           boolean keep) {

    public KubeSettings {
        allowedContexts = List.copyOf(allowedContexts);
    }

    /** @param properties system properties (or any map of them) */
    public static KubeSettings from(KubeOptions suite, Map<String, String> properties) {
        List<String> allowed = new ArrayList<>(suite.allowContexts());
        String extra = properties.get("cluster.allow");
        if (extra != null) {
            Arrays.stream(extra.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(allowed::add);
        }
        KubeOptions options = new KubeOptions(suite.allowContexts(),
                properties.getOrDefault("namespace", suite.namespace()),
                properties.getOrDefault("fio.image", suite.fioImage()), suite.nodeSelector(), suite.cpu(),
                suite.memory(), suite.bindTimeout(), suite.leftoverTtl());
        String kubeconfig = properties.get("kubeconfig");
        return new KubeSettings(options, kubeconfig == null || kubeconfig.isBlank() ? null : Path.of(kubeconfig),
                blankToNull(properties.get("context")), allowed, Boolean.parseBoolean(properties.get("keep")));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
