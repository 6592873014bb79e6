package org.storageharness.simcluster;

import java.util.Arrays;

/** When a StorageClass binds its claims: at once, or when the first pod using the claim is scheduled. */
public enum VolumeBindingMode {
    IMMEDIATE("Immediate"),
    WAIT_FOR_FIRST_CONSUMER("WaitForFirstConsumer");

    private final String apiValue;

    VolumeBindingMode(String apiValue) {
        this.apiValue = apiValue;
    }

    /** The value of {@code volumeBindingMode} in a StorageClass. */
    public String apiValue() {
        return apiValue;
    }

    /** The mode a StorageClass declares; Kubernetes treats a missing value as Immediate. */
    static VolumeBindingMode of(String apiValue) {
        if (apiValue == null) {
            return IMMEDIATE;
        }
        return Arrays.stream(values()).filter(m -> m.apiValue.equals(apiValue)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown volumeBindingMode [" + apiValue
                        + "]; allowed: Immediate, WaitForFirstConsumer"));
    }
}
