package org.storageharness.platform.kube.access;

import java.util.List;
import java.util.Objects;
import org.storageharness.check.FaultPermission;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.Suite;

/**
 * What a run on a cluster will do, as far as its API rights go.
 *
 * @param suite the suite: its checks, and the workloads' and engines' settings
 * @param engines the suite's engines that run on this cluster (their StorageClass exists)
 * @param namespace the run's namespace
 * @param ownNamespace true when the run creates and deletes {@code namespace}; false with {@code -Dnamespace}
 * @param faults the permission for destructive faults, and its mode
 * @param keptVolumes true when the upgrade gate keeps golden data on volumes that outlive the run
 * @param apis the optional APIs the cluster serves
 */
public record RunScope(Suite suite, List<EngineSpec> engines, String namespace, boolean ownNamespace,
                       FaultPermission faults, boolean keptVolumes, ClusterApis apis) {

    public RunScope {
        Objects.requireNonNull(suite, "suite");
        engines = List.copyOf(engines);
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(faults, "faults");
        Objects.requireNonNull(apis, "apis");
    }
}
