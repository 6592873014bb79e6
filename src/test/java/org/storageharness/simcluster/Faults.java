package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.Pod;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Failures the simulated cluster produces on demand. The controllers read these knobs each time they act on an object,
 * so a fault applies to claims and pods they handle after it is set; objects already past that step are unaffected.
 * Thread-safe.
 */
public final class Faults {

    private final Set<String> stuckStorageClasses = ConcurrentHashMap.newKeySet();
    private final List<Predicate<Pod>> stuckCreating = new CopyOnWriteArrayList<>();
    private final List<Predicate<Pod>> failingPulls = new CopyOnWriteArrayList<>();
    private final List<Predicate<Pod>> failingFio = new CopyOnWriteArrayList<>();
    private final BiConsumer<String, Boolean> nodeReadiness;
    private final Consumer<Boolean> metricsAvailability;

    Faults(BiConsumer<String, Boolean> nodeReadiness, Consumer<Boolean> metricsAvailability) {
        this.nodeReadiness = nodeReadiness;
        this.metricsAvailability = metricsAvailability;
    }

    /** Every pod. */
    public static Predicate<Pod> anyPod() {
        return pod -> true;
    }

    /** Pods carrying the label {@code key=value}. */
    public static Predicate<Pod> labelled(String key, String value) {
        return pod -> {
            Map<String, String> labels = pod.getMetadata().getLabels();
            return labels != null && Objects.equals(labels.get(key), value);
        };
    }

    /** Claims of {@code storageClass} stay Pending: the provisioner never answers and says so in an event. */
    public Faults provisioningStuck(String storageClass) {
        stuckStorageClasses.add(Objects.requireNonNull(storageClass, "storageClass"));
        return this;
    }

    /** Matching pods stay Pending with their container waiting in ContainerCreating. */
    public Faults containerCreatingStuck(Predicate<Pod> pods) {
        stuckCreating.add(Objects.requireNonNull(pods, "pods"));
        return this;
    }

    /** Matching pods cannot pull their image: ErrImagePull, then ImagePullBackOff; the pod stays Pending. */
    public Faults imagePullFails(Predicate<Pod> pods) {
        failingPulls.add(Objects.requireNonNull(pods, "pods"));
        return this;
    }

    /** Matching pods run, but the {@code fio} on their PATH is real fio given an invalid option, so fio fails. */
    public Faults fioFails(Predicate<Pod> pods) {
        failingFio.add(Objects.requireNonNull(pods, "pods"));
        return this;
    }

    /** The node reports NotReady: no new pods are scheduled or started on it. */
    public Faults nodeNotReady(String node) {
        nodeReadiness.accept(node, false);
        return this;
    }

    /**
     * The cluster has no metrics-server: every metrics.k8s.io path, discovery included, answers 404 as the API server
     * does for an API it does not serve, so {@code client.top()} calls throw a KubernetesClientException with code 404.
     */
    public Faults metricsUnavailable() {
        metricsAvailability.accept(false);
        return this;
    }

    /**
     * Forgets the claim and pod faults and brings the metrics API back (nodes keep their readiness; see
     * {@link SimulatedCluster#setNodeReady}).
     */
    public void clear() {
        stuckStorageClasses.clear();
        stuckCreating.clear();
        failingPulls.clear();
        failingFio.clear();
        metricsAvailability.accept(true);
    }

    boolean isProvisioningStuck(String storageClass) {
        return storageClass != null && stuckStorageClasses.contains(storageClass);
    }

    boolean isContainerCreatingStuck(Pod pod) {
        return stuckCreating.stream().anyMatch(p -> p.test(pod));
    }

    boolean isImagePullFailing(Pod pod) {
        return failingPulls.stream().anyMatch(p -> p.test(pod));
    }

    boolean isFioFailing(Pod pod) {
        return failingFio.stream().anyMatch(p -> p.test(pod));
    }
}
