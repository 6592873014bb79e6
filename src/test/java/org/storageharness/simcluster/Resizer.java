package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimCondition;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimConditionBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The CSI external-resizer and the kubelet's volume expansion in one. A bound claim whose request exceeds its capacity
 * is grown when its StorageClass allows expansion: the PV's capacity at once (controller expansion) with the claim's
 * condition {@value #PENDING} for a Filesystem volume, then after {@link #NODE_DELAY} the node's part — the filesystem's
 * size ({@link VolumeStore#setFilesystemBytes}) or the device file grown — and the claim's capacity set, the condition
 * gone. The engine's planted faults apply at the node's part: the volume not grown, or its data damaged.
 */
final class Resizer {

    static final String PENDING = "FileSystemResizePending";
    static final Duration NODE_DELAY = Duration.ofMillis(300);

    private final KubernetesClient client;
    private final ControlLoop loop;
    private final VolumeStore volumes;
    private final Events events;
    private final ReplicatedEngines engines;
    private final Set<String> resizing = new HashSet<>();

    Resizer(KubernetesClient client, ControlLoop loop, VolumeStore volumes, Events events, ReplicatedEngines engines) {
        this.client = client;
        this.loop = loop;
        this.volumes = volumes;
        this.events = events;
        this.engines = engines;
    }

    void reconcile(PersistentVolumeClaim pvc) {
        Claim claim = new Claim(pvc);
        if (!claim.bound() || claim.deleting() || resizing.contains(claim.uid()) || claim.request() == null
                || claim.bytes() <= capacity(pvc)) {
            return;
        }
        StorageClass storageClass = StorageClasses.of(client, claim);
        String resizer = "external-resizer " + (storageClass == null ? "unknown" : storageClass.getProvisioner());
        if (storageClass == null || !Boolean.TRUE.equals(storageClass.getAllowVolumeExpansion())) {
            events.warningOnce(pvc, "volume_expand", "ExternalExpanding", "only dynamically provisioned pvc can be"
                    + " resized and the storageclass that provisions the pvc must support resize");
            return;
        }
        resizing.add(claim.uid());
        Quantity wanted = claim.request();
        String pv = claim.volumeName();
        events.normal(pvc, resizer, "Resizing", "External resizer is resizing volume " + pv);
        client.persistentVolumes().withName(pv).edit(v -> {
            v.getSpec().getCapacity().put("storage", wanted);
            return v;
        });
        if (!claim.block()) {
            update(claim, c -> setPending(c, true));
        }
        events.normal(pvc, resizer, "FileSystemResizeRequired", "Require file system resize of volume on node");
        loop.later("node expansion of " + pv, NODE_DELAY, () -> expandOnNode(claim, wanted));
    }

    private void expandOnNode(Claim claim, Quantity wanted) {
        String pv = claim.volumeName();
        SimulatedEngine engine = engines.engineOfVolume(pv);
        long bytes = claim.bytes();
        if (engine == null || engine.growsOnResize()) {
            if (claim.block()) {
                volumes.growDevice(pv, bytes);
            } else {
                volumes.setFilesystemBytes(pv, bytes);
            }
        }
        if (engine != null && engine.resizeDamage() > 0) {
            Path dir = volumes.volume(pv);
            EngineCopies.zeroHeads(dir, engine.resizeDamage());
        }
        update(claim, c -> {
            c.getStatus().getCapacity().put("storage", wanted);
            setPending(c, false);
        });
        events.normal(claim.pvc(), "kubelet", "FileSystemResizeSuccessful", "MountVolume.NodeExpandVolume succeeded"
                + " for volume \"" + pv + "\"");
        resizing.remove(claim.uid());
    }

    private void update(Claim claim, java.util.function.Consumer<PersistentVolumeClaim> change) {
        client.persistentVolumeClaims().inNamespace(claim.namespace()).withName(claim.name()).edit(c -> {
            change.accept(c);
            return c;
        });
    }

    private static void setPending(PersistentVolumeClaim pvc, boolean pending) {
        List<PersistentVolumeClaimCondition> conditions = new ArrayList<>(pvc.getStatus().getConditions() == null
                ? List.of() : pvc.getStatus().getConditions());
        conditions.removeIf(c -> PENDING.equals(c.getType()));
        if (pending) {
            conditions.add(new PersistentVolumeClaimConditionBuilder().withType(PENDING).withStatus("True")
                    .withLastTransitionTime(PodStatuses.now()).withMessage("Waiting for user to (re-)start a pod to"
                            + " finish file system resize of volume on node.").build());
        }
        pvc.getStatus().setConditions(conditions);
    }

    private static long capacity(PersistentVolumeClaim pvc) {
        var status = pvc.getStatus();
        Quantity capacity = status == null || status.getCapacity() == null ? null : status.getCapacity().get("storage");
        return capacity == null ? Long.MAX_VALUE : Quantity.getAmountInBytes(capacity).longValue();
    }
}
