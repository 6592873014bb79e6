package org.storageharness.suite;

import java.util.List;
import java.util.Objects;

/**
 * How an engine's volumes are requested on a Kubernetes target.
 *
 * @param storageClass the StorageClass the PVCs name
 * @param block true for volume mode Block (fio works on the raw device), false for Filesystem
 * @param accessMode e.g. {@code ReadWriteOnce}
 * @param size requested size in Kubernetes quantity form ({@code 10Gi}); null to size from the workloads
 */
public record KubeVolume(String storageClass, boolean block, String accessMode, String size) {

    public static final List<String> ACCESS_MODES = List.of("ReadWriteOnce", "ReadWriteOncePod", "ReadWriteMany");

    public KubeVolume {
        Objects.requireNonNull(storageClass);
        accessMode = accessMode == null ? "ReadWriteOnce" : accessMode;
    }

    public static KubeVolume of(String storageClass) {
        return new KubeVolume(storageClass, false, null, null);
    }
}
