package org.storageharness.plan;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storageharness.check.CloneCheck;
import org.storageharness.check.ExpansionCheck;
import org.storageharness.check.FailoverCheck;
import org.storageharness.check.FaultPermission;
import org.storageharness.check.SnapshotCheck;
import org.storageharness.platform.kube.cluster.Preflight;
import org.storageharness.platform.kube.lab.KubeLab;
import org.storageharness.platform.kube.lab.LabExpansion;
import org.storageharness.platform.kube.lab.Replicas;
import org.storageharness.suite.CheckKind;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.Suite;

/**
 * Which engines and checks run on a cluster, with the reasons the run itself would give: no StorageClass, no
 * snapshots or snapshot class, one replica, no fault permission.
 */
final class KubeMatrix {

    private KubeMatrix() {
    }

    /**
     * @param missing engines whose StorageClass the cluster lacks, with the reason (the preflight's)
     * @param client reads StorageClasses and snapshot classes; null before the cluster exists (K3s), when the checks
     *        are only decided once it runs
     */
    static List<PlanMatrix.Row> rows(Suite suite, Map<String, String> missing, FaultPermission faults,
                                     KubernetesClient client) {
        return suite.engines().stream().map(e -> row(suite, e, Preflight.noStorageClass(e)
                .or(() -> Optional.ofNullable(missing.get(e.id()))), faults, client)).toList();
    }

    private static PlanMatrix.Row row(Suite suite, EngineSpec engine, Optional<String> skip, FaultPermission faults,
                                      KubernetesClient client) {
        Map<CheckKind, Optional<String>> checks = new LinkedHashMap<>();
        for (CheckKind check : suite.checks().run()) {
            Optional<String> node = engine.nodeVolume().map(n -> "engine [" + engine.id() + "] is a node baseline:"
                    + " it has no volumes to check");
            checks.put(check, skip.isPresent() ? skip : node.isPresent() ? node : client == null ? Optional.empty()
                    : ClusterReads.decide(() -> skip(check, engine, faults, client)));
        }
        return new PlanMatrix.Row(engine, skip, checks);
    }

    private static Optional<String> skip(CheckKind check, EngineSpec engine, FaultPermission faults,
                                         KubernetesClient client) {
        return switch (check) {
            case SNAPSHOT -> SnapshotCheck.skipReason(engine).or(() -> {
                var choice = KubeLab.restorable(client, engine);
                return choice.name().isPresent() ? Optional.empty() : Optional.of(choice.problem());
            });
            case PERSISTENCE -> Optional.empty();
            case FAILOVER -> FailoverCheck.skipReason(engine, Replicas.of(client, engine), faults);
            case CLONE -> CloneCheck.skipReason(engine);
            case EXPANSION -> ExpansionCheck.skipReason(engine).or(() -> LabExpansion.problem(client, engine));
        };
    }
}
