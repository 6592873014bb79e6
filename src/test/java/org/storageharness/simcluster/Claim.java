package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.TypedLocalObjectReference;
import io.fabric8.kubernetes.api.model.TypedLocalObjectReferenceBuilder;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The fields of a PersistentVolumeClaim that the simulated controllers act on. */
record Claim(PersistentVolumeClaim pvc) {

    static final String SELECTED_NODE = "volume.kubernetes.io/selected-node";

    Claim {
        Objects.requireNonNull(pvc, "pvc");
    }

    String name() {
        return pvc.getMetadata().getName();
    }

    String namespace() {
        return pvc.getMetadata().getNamespace();
    }

    String uid() {
        return pvc.getMetadata().getUid();
    }

    String key() {
        return namespace() + "/" + name();
    }

    /** The class named in the claim; null means the default class. */
    String storageClassName() {
        return pvc.getSpec().getStorageClassName();
    }

    boolean block() {
        return "Block".equals(pvc.getSpec().getVolumeMode());
    }

    String volumeMode() {
        return block() ? "Block" : "Filesystem";
    }

    /** {@code resources.requests.storage}, or null when the claim has none. */
    Quantity request() {
        var resources = pvc.getSpec().getResources();
        return resources == null || resources.getRequests() == null ? null : resources.getRequests().get("storage");
    }

    long bytes() {
        return Quantity.getAmountInBytes(request()).longValueExact();
    }

    boolean bound() {
        return pvc.getStatus() != null && "Bound".equals(pvc.getStatus().getPhase()) && volumeName() != null;
    }

    String volumeName() {
        return pvc.getSpec().getVolumeName();
    }

    String selectedNode() {
        Map<String, String> annotations = pvc.getMetadata().getAnnotations();
        return annotations == null ? null : annotations.get(SELECTED_NODE);
    }

    boolean deleting() {
        return pvc.getMetadata().getDeletionTimestamp() != null;
    }

    /** Where the volume's initial content comes from: {@code dataSource}, else {@code dataSourceRef}. */
    Optional<TypedLocalObjectReference> dataSource() {
        if (pvc.getSpec().getDataSource() != null) {
            return Optional.of(pvc.getSpec().getDataSource());
        }
        var ref = pvc.getSpec().getDataSourceRef();
        return ref == null ? Optional.empty() : Optional.of(new TypedLocalObjectReferenceBuilder()
                .withApiGroup(ref.getApiGroup()).withKind(ref.getKind()).withName(ref.getName()).build());
    }
}
