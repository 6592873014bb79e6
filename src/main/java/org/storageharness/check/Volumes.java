package org.storageharness.check;

import java.util.Optional;
import org.storageharness.engine.VolumeRef;

/** Creates a check's volumes and says where they live; removed with the lab that made them. */
public interface Volumes {

    /** A volume of the lab, by its claim name. */
    record Volume(String claim, long bytes) {
    }

    /** A new, empty volume of at least {@code bytes}. */
    Volume create(String role, long bytes);

    /** A new volume restored from {@code snapshot}, requesting exactly its restore size. */
    Volume restore(String role, Snapshots.Snapshot snapshot);

    /** The volume as its engine knows it, with the node that uses it now. */
    VolumeRef ref(Volume volume, String consumerNode);

    /** The node the volume is pinned to (PV node affinity, local engines); empty when it may move. */
    Optional<String> pinnedNode(Volume volume);
}
