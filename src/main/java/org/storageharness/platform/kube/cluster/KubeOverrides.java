package org.storageharness.platform.kube.cluster;

import java.nio.file.Path;
import java.util.List;

/**
 * The command line's say on the Kubernetes target, read with the run's other settings; {@link KubeSettings#from}
 * lays it over the suite's {@code kubernetes:} section.
 *
 * @param kubeconfig the kubeconfig file ({@code -Dkubeconfig}); null for fabric8's defaults
 * @param context the context ({@code -Dcontext}); null for the kubeconfig's current context
 * @param allowContexts contexts added to the suite's allow-list ({@code -Dcluster.allow}), never null
 * @param namespace an existing namespace ({@code -Dnamespace}); null for the suite's choice
 * @param fioImage the fio pods' image ({@code -Dfio.image}); null for the suite's
 * @param keep true to leave the run's objects in the cluster ({@code -Dkeep=true})
 * @param keptVolumes true when the upgrade gate ({@code -Dgate=upgrade}) keeps golden data on volumes that outlive
 *                    the run: their rights are checked before the run too
 */
public record KubeOverrides(Path kubeconfig, String context, List<String> allowContexts, String namespace,
                            String fioImage, boolean keep, boolean keptVolumes) {

    public KubeOverrides {
        allowContexts = List.copyOf(allowContexts);
    }

    /** Nothing given on the command line: the suite's settings and fabric8's defaults. */
    public static KubeOverrides none() {
        return new KubeOverrides(null, null, List.of(), null, null, false, false);
    }
}
