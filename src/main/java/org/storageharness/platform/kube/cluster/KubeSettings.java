package org.storageharness.platform.kube.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * @param keptVolumes true when the upgrade gate keeps volumes that outlive the run (their rights are reviewed too)
 */
public record KubeSettings(KubeOptions options, Path kubeconfig, String context, List<String> allowedContexts,
                           boolean keep, boolean keptVolumes) {

    public KubeSettings {
        allowedContexts = List.copyOf(allowedContexts);
    }

    /** The suite's {@code kubernetes:} section with the command line's {@code overrides} on top. */
    public static KubeSettings from(KubeOptions suite, KubeOverrides overrides) {
        List<String> allowed = new ArrayList<>(suite.allowContexts());
        allowed.addAll(overrides.allowContexts());
        KubeOptions options = new KubeOptions(suite.allowContexts(),
                overrides.namespace() != null ? overrides.namespace() : suite.namespace(),
                overrides.fioImage() != null ? overrides.fioImage() : suite.fioImage(), suite.nodeSelector(),
                suite.cpu(), suite.memory(), suite.bindTimeout(), suite.leftoverTtl());
        return new KubeSettings(options, overrides.kubeconfig(), overrides.context(), allowed, overrides.keep(),
                overrides.keptVolumes());
    }
}
