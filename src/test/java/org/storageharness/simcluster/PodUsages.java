package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.Pod;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What each pod uses, by uid, as the kubelets report it to metrics-server: measured for pods whose command runs here,
 * set by the test for engine pods. The control loop and the test thread write entries; the API server reads them.
 */
final class PodUsages {

    private final Map<String, Supplier<Optional<ResourceUsage>>> sources = new ConcurrentHashMap<>();

    /** The pod's container has just started as {@code process}: measure its process tree from now on. */
    void measure(Pod pod, PodProcess process) {
        sources.put(pod.getMetadata().getUid(), new ProcessTreeMeter(process.handle())::sample);
    }

    /** The pod reports {@code usage} until it is set again or the pod is deleted. */
    void fix(String podUid, ResourceUsage usage) {
        sources.put(podUid, () -> Optional.of(usage));
    }

    void forget(Pod pod) {
        sources.remove(pod.getMetadata().getUid());
    }

    /** The pod's usage now; empty for a pod that does not run (not started, ended, or unknown). */
    Optional<ResourceUsage> of(String podUid) {
        Supplier<Optional<ResourceUsage>> source = sources.get(podUid);
        return source == null ? Optional.empty() : source.get();
    }
}
