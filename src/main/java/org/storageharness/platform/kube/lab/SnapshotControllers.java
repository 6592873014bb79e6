package org.storageharness.platform.kube.lab;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The CSI snapshot controllers running in a cluster, one per owning workload. Engine charts may bundle their own (the
 * Mayastor csi-controller's {@code csi-snapshot-controller} container runs without leader election) next to the
 * cluster's, and two controllers race on the same VolumeSnapshots.
 */
public final class SnapshotControllers {

    /** What the image name (last path segment, without tag or digest) of a snapshot controller contains. */
    public static final String IMAGE = "snapshot-controller";

    private static final String TEMPLATE_HASH = "pod-template-hash";

    private SnapshotControllers() {
    }

    /** The distinct controllers among {@code pods}, as {@code namespace/Kind/name}, sorted. */
    public static List<String> running(List<Pod> pods) {
        return pods.stream().filter(p -> p.getStatus() != null && "Running".equals(p.getStatus().getPhase()))
                .filter(SnapshotControllers::runsController).map(SnapshotControllers::owner).distinct().sorted()
                .toList();
    }

    public static boolean runsController(Pod pod) {
        return pod.getSpec() != null && pod.getSpec().getContainers().stream().map(Container::getImage)
                .filter(Objects::nonNull).anyMatch(image -> imageName(image).contains(IMAGE));
    }

    /** {@code registry.k8s.io/sig-storage/snapshot-controller:v8.2.0} → {@code snapshot-controller}. */
    public static String imageName(String image) {
        String reference = image.split("@", 2)[0];
        int slash = reference.lastIndexOf('/');
        int colon = reference.lastIndexOf(':');
        String repository = colon > slash ? reference.substring(0, colon) : reference;
        return repository.substring(slash + 1);
    }

    /**
     * The workload that owns the pod: a Deployment's pods are owned by a ReplicaSet named after the Deployment and the
     * pod's template hash, so the Deployment is found without reading ReplicaSets (no extra permission).
     */
    public static String owner(Pod pod) {
        String namespace = pod.getMetadata().getNamespace();
        List<OwnerReference> owners = pod.getMetadata().getOwnerReferences();
        if (owners == null || owners.isEmpty()) {
            return namespace + "/Pod/" + pod.getMetadata().getName();
        }
        OwnerReference owner = owners.stream().filter(o -> Boolean.TRUE.equals(o.getController())).findFirst()
                .orElse(owners.get(0));
        Map<String, String> labels = pod.getMetadata().getLabels();
        String hash = labels == null ? null : labels.get(TEMPLATE_HASH);
        if ("ReplicaSet".equals(owner.getKind()) && hash != null && owner.getName().endsWith("-" + hash)) {
            String deployment = owner.getName().substring(0, owner.getName().length() - hash.length() - 1);
            return namespace + "/Deployment/" + deployment;
        }
        return namespace + "/" + owner.getKind() + "/" + owner.getName();
    }
}
