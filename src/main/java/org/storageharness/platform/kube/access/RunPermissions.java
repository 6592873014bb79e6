package org.storageharness.platform.kube.access;

import java.util.List;
import org.storageharness.engine.adapter.AdapterRights;
import org.storageharness.platform.kube.access.PermissionList.Need;
import org.storageharness.platform.kube.pods.KeptVolumes;
import org.storageharness.suite.EngineSpec;

/**
 * Every API request a run on a cluster makes, derived from the code paths its scope takes: benchmarks (namespace,
 * volumes, fio pods), cleanup and the janitor, cluster facts and metrics-server, the checks the suite runs, the fault
 * mode, and the upgrade gate's kept volumes. Kept in step with those code paths by a test that records what a run on
 * the simulated cluster really asks for.
 */
public final class RunPermissions {

    private static final String PODS = "pods";
    private static final String CLAIMS = "persistentvolumeclaims";
    private static final String CONFIG_MAPS = "configmaps";
    private static final String SNAPSHOTS = "volumesnapshots.snapshot.storage.k8s.io";

    private RunPermissions() {
    }

    public static List<Permission> of(RunScope scope) {
        PermissionList list = new PermissionList(scope.ownNamespace());
        benchmarks(list, scope.namespace(), scope.ownNamespace());
        cleanup(list, scope);
        facts(list, scope);
        CheckPermissions.add(list, scope);
        if (scope.keptVolumes()) {
            kept(list, scope.ownNamespace() ? KeptVolumes.NAMESPACE : scope.namespace(), scope.ownNamespace());
        }
        return list.list();
    }

    private static void benchmarks(PermissionList list, String namespace, boolean own) {
        if (own) {
            list.add(Need.core("the run's own namespace"), null, "namespaces", "create");
        }
        list.add(Need.core("fio pods: started, watched until they finish, deleted"), namespace, PODS,
                "create", "get", "list", "watch", "delete");
        list.add(Need.core("fio's json+ output is read from its pod's log"), namespace, "pods/log", "get");
        list.add(Need.core("the engines' volumes, made per engine and deleted before the next"), namespace, CLAIMS,
                "create", "list", "watch", "delete");
        list.add(Need.core("fio job files mounted into the pods"), namespace, CONFIG_MAPS, "create", "delete");
        list.add(Need.core("ready nodes for fan-out and placement"), null, "nodes", "list");
        list.add(Need.core("that each engine's StorageClass exists"), null, "storageclasses.storage.k8s.io", "list");
        list.add(Need.optional(Tier.CORE, "evidence of a broken case (scheduling, provisioning, image pulls)"),
                namespace, "events", "list");
    }

    /** The run's objects are removed by its label, earlier runs' leftovers found by label (the janitor). */
    private static void cleanup(PermissionList list, RunScope scope) {
        String namespace = scope.namespace();
        Need label = Need.core("cleanup: the run's objects, by its label, and leftovers of earlier runs");
        list.add(Need.core("the janitor finds namespaces of earlier runs by label"), null, "namespaces", "list");
        list.add(Need.core("cleanup deletes the namespace only if the run made it"), null, "namespaces", "get");
        if (scope.ownNamespace()) {
            list.add(label, null, "namespaces", "delete");
        }
        list.add(label, namespace, PODS, "deletecollection", "list", "watch");
        list.add(label, namespace, CLAIMS, "deletecollection", "list", "watch");
        list.add(label, namespace, CONFIG_MAPS, "deletecollection");
        if (scope.apis().snapshotApi()) {
            list.add(Need.core("cleanup: the run's VolumeSnapshots, by label (the cluster serves the snapshot API)"),
                    namespace, SNAPSHOTS, "deletecollection", "list", "watch");
        }
    }

    /** The report's environment: nodes, classes, CSI drivers, engine images and versions, and resource use. */
    private static void facts(PermissionList list, RunScope scope) {
        Need facts = Need.core("cluster facts for the report (nodes, StorageClasses, CSI drivers)");
        list.add(facts, null, "nodes", "list");
        list.add(facts, null, "storageclasses.storage.k8s.io", "get");
        list.add(facts, null, "csidrivers.storage.k8s.io", "list");
        list.add(facts, null, "csinodes.storage.k8s.io", "list");
        boolean versionPods = scope.engines().stream().anyMatch(e -> !e.versionPods().isEmpty());
        if (versionPods) {
            list.add(Need.core("facts: each engine's image, from its pods (versionPods)"), null, PODS, "list");
        }
        if (versionPods && scope.apis().metricsServer()) {
            list.add(Need.optional(Tier.CORE, "engine CPU and memory from metrics-server during each case"), null,
                    "pods.metrics.k8s.io", "list");
        }
        for (EngineSpec engine : scope.engines()) {
            AdapterRights.of(engine.traits()).ifPresent(rights -> adapterReads(list, rights, Need.optional(
                    Tier.ENGINE_READ, "facts: engine [" + engine.id() + "]'s version from its adapter")));
        }
    }

    static void adapterReads(PermissionList list, AdapterRights rights, Need need) {
        rights.reads().forEach(r -> add(list, need, rights.namespace(), r));
    }

    static void add(PermissionList list, Need need, String namespace, AdapterRights.Request request) {
        if (request.name() == null) {
            list.add(need, namespace, request.resource(), request.verb());
        } else {
            list.addNamed(need, namespace, request.resource(), request.name(), request.verb());
        }
    }

    /** The upgrade gate's golden data on a volume that outlives the run, in its own namespace unless one is given. */
    private static void kept(PermissionList list, String namespace, boolean own) {
        Need need = Need.core("upgrade gate: golden data on a kept volume");
        if (own) {
            list.add(need, null, "namespaces", "get", "create", "delete");
        }
        list.add(need, namespace, CLAIMS, "create", "get", "list", "watch", "delete");
        list.add(need, namespace, PODS, "create", "get", "list", "watch", "delete");
        list.add(need, namespace, "pods/log", "get");
        list.add(need, namespace, CONFIG_MAPS, "create", "delete");
    }
}
