package org.storageharness.platform.kube.lab;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.storageharness.check.VolumeIo;
import org.storageharness.platform.kube.cluster.ClusterProblemException;
import org.storageharness.platform.kube.cluster.ClusterTimeoutException;
import org.storageharness.suite.EngineSpec;

/**
 * Grows a lab's claims: whether the engine's StorageClass allows it, the claim's request patched, and a bounded wait
 * (by watch) until {@code status.capacity} reports the new size and no {@code FileSystemResizePending} condition is
 * left, i.e. the controller and the node (kubelet) both grew the volume.
 */
public final class LabExpansion {

    static final String FS_RESIZE_PENDING = "FileSystemResizePending";

    private final KubernetesClient client;
    private final String namespace;
    private final EngineSpec engine;

    public LabExpansion(KubernetesClient client, String namespace, EngineSpec engine) {
        this.client = client;
        this.namespace = namespace;
        this.engine = engine;
    }

    /** Why the engine's StorageClass does not allow expansion, or empty when it does. */
    public static Optional<String> problem(KubernetesClient client, EngineSpec engine) {
        StorageClass sc = client.storage().v1().storageClasses().withName(engine.storageClass()).get();
        if (sc == null) {
            return Optional.of("StorageClass [" + engine.storageClass() + "] of engine [" + engine.id()
                    + "] does not exist");
        }
        return Boolean.TRUE.equals(sc.getAllowVolumeExpansion()) ? Optional.empty() : Optional.of("StorageClass ["
                + engine.storageClass() + "] of engine [" + engine.id() + "] does not set [allowVolumeExpansion: true]:"
                + " its claims cannot grow; set it on the class (if the driver supports expansion) to run this check");
    }

    /** {@code filesystem <KiB>} or {@code block <bytes>} as the pod script prints it; empty when unreadable. */
    static Optional<VolumeIo.VolumeSize> seen(String printed) {
        String[] parts = printed.trim().split("\\s+");
        if (parts.length != 2 || !parts[1].matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        long n = Long.parseLong(parts[1]);
        return parts[0].equals("block") ? Optional.of(new VolumeIo.VolumeSize(true, n))
                : parts[0].equals("filesystem") ? Optional.of(new VolumeIo.VolumeSize(false, n * 1024)) : Optional.empty();
    }

    /** What the claim requests now, in bytes. */
    public long requested(String claim) {
        return bytes(claim(claim).getSpec().getResources().getRequests().get("storage"));
    }

    /** Raises the claim's request to {@code bytes} and waits until the claim reports it grown; returns how long. */
    public Duration expand(String claim, long bytes, Duration bound) {
        Quantity wanted = new Quantity((bytes >> 20) + "Mi");
        long start = System.nanoTime();
        client.persistentVolumeClaims().inNamespace(namespace).withName(claim).edit(pvc -> {
            pvc.getSpec().getResources().getRequests().put("storage", wanted);
            return pvc;
        });
        try {
            client.persistentVolumeClaims().inNamespace(namespace).withName(claim).waitUntilCondition(
                    pvc -> pvc != null && grown(pvc, bytes), bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (KubernetesClientTimeoutException e) {
            throw new ClusterTimeoutException("PVC [" + claim + "] to report capacity [" + wanted + "] with no "
                    + FS_RESIZE_PENDING + " condition", bound, describe(claim(claim)), "look at the claim's events and"
                    + " the CSI resizer's and the node plugin's logs (a filesystem grows only while a pod uses the"
                    + " volume); raise [checks.resizeTimeout] if the engine is just slow");
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    static boolean grown(PersistentVolumeClaim pvc, long bytes) {
        var status = pvc.getStatus();
        if (status == null || status.getCapacity() == null || status.getCapacity().get("storage") == null) {
            return false;
        }
        boolean pending = status.getConditions() != null && status.getConditions().stream()
                .anyMatch(c -> FS_RESIZE_PENDING.equals(c.getType()) && "True".equals(c.getStatus()));
        return !pending && bytes(status.getCapacity().get("storage")) >= bytes;
    }

    private static String describe(PersistentVolumeClaim pvc) {
        if (pvc == null || pvc.getStatus() == null) {
            return "no status";
        }
        var status = pvc.getStatus();
        String conditions = status.getConditions() == null ? "" : status.getConditions().stream()
                .map(c -> c.getType() + "=" + c.getStatus() + (c.getMessage() == null ? "" : " (" + c.getMessage() + ")"))
                .collect(Collectors.joining(", "));
        return "capacity " + (status.getCapacity() == null ? "none" : status.getCapacity().get("storage"))
                + (conditions.isEmpty() ? "" : ", conditions " + conditions);
    }

    private PersistentVolumeClaim claim(String claim) {
        PersistentVolumeClaim pvc = client.persistentVolumeClaims().inNamespace(namespace).withName(claim).get();
        if (pvc == null) {
            throw new ClusterProblemException("PVC [" + namespace + "/" + claim + "] is gone");
        }
        return pvc;
    }

    private static long bytes(Quantity quantity) {
        BigDecimal amount = Quantity.getAmountInBytes(quantity);
        return amount.longValue();
    }
}
