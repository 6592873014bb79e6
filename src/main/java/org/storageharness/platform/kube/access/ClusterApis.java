package org.storageharness.platform.kube.access;

import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import org.storageharness.platform.kube.lab.ChecksPreflight;
import org.storageharness.platform.kube.pods.ResourceSampler;

/**
 * The optional APIs a cluster serves that change which requests a run makes, found by discovery (which every
 * authenticated user may read).
 *
 * @param metricsServer metrics.k8s.io is served: engine pods are sampled during each case
 * @param snapshotApi snapshot.storage.k8s.io/v1 serves VolumeSnapshots: cleanup removes the run's by label
 */
public record ClusterApis(boolean metricsServer, boolean snapshotApi) {

    public static ClusterApis read(KubernetesClient client) {
        return new ClusterApis(ResourceSampler.available(client), snapshots(client));
    }

    private static boolean snapshots(KubernetesClient client) {
        try {
            APIResourceList served = client.getApiResources(ChecksPreflight.SNAPSHOT_API);
            return served != null && served.getResources() != null && served.getResources().stream()
                    .anyMatch(r -> "volumesnapshots".equals(r.getName()));
        } catch (KubernetesClientException e) {
            return false; // not served (404) or discovery refused: cleanup then finds no snapshot API either
        }
    }
}
