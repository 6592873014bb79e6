package org.storageharness.platform.kube.access;

import java.util.List;
import org.storageharness.check.FaultPermission;
import org.storageharness.engine.adapter.AdapterRights;
import org.storageharness.platform.kube.access.PermissionList.Need;
import org.storageharness.suite.CheckKind;
import org.storageharness.suite.EngineSpec;

/** The requests of the correctness checks the suite runs: their volumes and snapshots, adapters and fault mode. */
final class CheckPermissions {

    private static final String SNAPSHOTS = "volumesnapshots.snapshot.storage.k8s.io";

    private CheckPermissions() {
    }

    static void add(PermissionList list, RunScope scope) {
        if (scope.suite().checks().run().isEmpty() || scope.engines().isEmpty()) {
            return;
        }
        list.add(Need.core("checks: where a volume is pinned, and that it is gone after the check"), null,
                "persistentvolumes", "get", "list", "watch");
        list.add(Need.core("checks: the PersistentVolume a check's claim is bound to"), scope.namespace(),
                "persistentvolumeclaims", "get");
        list.add(Need.core("checks: replica counts and snapshot drivers from the StorageClasses"), null,
                "storageclasses.storage.k8s.io", "get");
        list.add(Need.optional(Tier.CORE, "checks preflight: capacity for the checks' volumes"), null,
                "csistoragecapacities.storage.k8s.io", "list");
        for (EngineSpec engine : scope.engines()) {
            AdapterRights.of(engine.traits()).ifPresent(rights -> RunPermissions.adapterReads(list, rights,
                    new Need(Tier.ENGINE_READ, true, "checks: engine [" + engine.id() + "]'s health, replicas and"
                            + " preflight (adapter " + engine.traits().adapter() + ")")));
        }
        snapshots(list, scope);
        List<String> growing = scope.engines().stream().filter(e -> e.traits().capabilities().expansion())
                .map(EngineSpec::id).toList();
        if (scope.suite().checks().runs(CheckKind.EXPANSION) && !growing.isEmpty()) {
            list.add(Need.core("expansion check on " + growing + ": raise the request of the check's claim"),
                    scope.namespace(), "persistentvolumeclaims", "patch");
        }
        if (scope.suite().checks().runs(CheckKind.FAILOVER) && scope.faults().allowed()) {
            faults(list, scope);
        }
    }

    private static void snapshots(PermissionList list, RunScope scope) {
        List<String> engines = scope.engines().stream().filter(e -> e.traits().capabilities().snapshot())
                .map(EngineSpec::id).toList();
        if (!scope.suite().checks().runs(CheckKind.SNAPSHOT) || engines.isEmpty()) {
            return;
        }
        list.add(Need.core("snapshot check on " + engines + ": snapshots of the check's volumes"), scope.namespace(),
                SNAPSHOTS, "create", "get", "list", "watch", "delete");
        list.add(Need.core("snapshot check: the engine's VolumeSnapshotClass"), null,
                "volumesnapshotclasses.snapshot.storage.k8s.io", "list");
        list.add(Need.optional(Tier.CORE, "checks preflight: running snapshot controllers"), null, "pods", "list");
    }

    private static void faults(PermissionList list, RunScope scope) {
        FaultPermission.Mode mode = scope.faults().mode();
        if (mode == FaultPermission.Mode.DRAIN) {
            Need drain = new Need(Tier.NODE_DRAIN, true, "failover (drain): cordon and uncordon the consumer's node,"
                    + " evict the run's writer");
            list.add(drain, null, "nodes", "get", "patch");
            list.add(drain, scope.namespace(), "pods/eviction", "create");
        } else if (mode == FaultPermission.Mode.REPLICA) {
            for (EngineSpec engine : scope.engines()) {
                AdapterRights.of(engine.traits()).ifPresent(rights -> rights.faults().forEach(r -> RunPermissions.add(
                        list, new Need(Tier.ENGINE_FAULT, true, "failover (replica): engine [" + engine.id()
                                + "]'s replica fault"), rights.namespace(), r)));
            }
        }
        // Mode command runs the user's command on this machine, with the user's own credentials: no API request.
    }
}
