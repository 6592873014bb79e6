package org.storageharness.engine;

import java.util.Map;
import java.util.Objects;

/**
 * A volume as the engine knows it, read from its PersistentVolume.
 *
 * @param pvName the PersistentVolume's name (Longhorn volume name, LINSTOR resource name)
 * @param volumeHandle {@code spec.csi.volumeHandle} (Mayastor: the volume UUID; Ceph: the image id); may equal pvName
 * @param attributes {@code spec.csi.volumeAttributes} (Ceph: pool, imageName)
 * @param consumerNode the node of the pod that uses the volume now; null when none
 * @param capacityBytes the PersistentVolume's {@code spec.capacity.storage} (what a rebuild copies); 0 when unknown
 */
public record VolumeRef(String pvName, String volumeHandle, Map<String, String> attributes, String consumerNode,
                        long capacityBytes) {

    public VolumeRef {
        Objects.requireNonNull(pvName, "pvName");
        volumeHandle = volumeHandle == null ? pvName : volumeHandle;
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** A volume whose capacity is unknown. */
    public VolumeRef(String pvName, String volumeHandle, Map<String, String> attributes, String consumerNode) {
        this(pvName, volumeHandle, attributes, consumerNode, 0);
    }
}
