package org.storageharness.platform.kube.cluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * Labels and annotations on every object the harness creates. The harness reads, changes and deletes only objects that
 * carry {@link #MANAGED_BY} = {@link #MANAGER} and its own {@link #RUN_ID}.
 */
public final class Labels {

    public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    public static final String MANAGER = "storage-harness";
    public static final String RUN_ID = "storage-harness.io/run-id";
    /** Creation time in epoch seconds (a label, so leftovers can be found by selector and aged without parsing). */
    public static final String CREATED_AT = "storage-harness.io/created-at";
    /** What the object is for: {@code volume}, {@code fio}, {@code prefill}, {@code job}. */
    public static final String ROLE = "storage-harness.io/role";
    public static final String ENGINE = "storage-harness.io/engine";

    private Labels() {
    }

    public static Map<String, String> forRun(String runId, long createdEpochSeconds) {
        return Map.of(MANAGED_BY, MANAGER, RUN_ID, runId, CREATED_AT, Long.toString(createdEpochSeconds));
    }

    /** {@code a=b,c=d} as a map (the equality selectors of the engine catalog's {@code versionPods}). */
    public static Map<String, String> selector(String text) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            String[] kv = pair.split("=", 2);
            labels.put(kv[0].trim(), kv.length > 1 ? kv[1].trim() : "");
        }
        return labels;
    }

    /** True when {@code object} was created by the run {@code runId}. */
    public static boolean ownedBy(HasMetadata object, String runId) {
        Map<String, String> labels = object.getMetadata().getLabels();
        return labels != null && MANAGER.equals(labels.get(MANAGED_BY)) && runId.equals(labels.get(RUN_ID));
    }
}
