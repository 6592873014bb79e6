package org.storageharness.plan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.storageharness.check.FailoverCheck;
import org.storageharness.check.FaultPermission;
import org.storageharness.platform.kube.cluster.Labels;
import org.storageharness.platform.kube.lab.KubeLab;
import org.storageharness.platform.kube.pods.CaseRunner;
import org.storageharness.platform.kube.pods.KeptVolumes;
import org.storageharness.platform.kube.pods.NodeBaselines;
import org.storageharness.platform.kube.pods.VolumeSizing;
import org.storageharness.suite.ChecksSpec;
import org.storageharness.suite.KubeVolume;
import org.storageharness.suite.Suite;
import org.storageharness.suite.Units;

/** What a run would create in the cluster: its namespace, each engine's volumes and pods, the checks' objects. */
final class KubeObjects {

    private KubeObjects() {
    }

    /**
     * @param fixedNamespace the existing namespace of {@code -Dnamespace}; null for a namespace of the run's own
     * @param leftoverTtl the age after which the janitor removes earlier runs' objects
     */
    static PlanParts.Section section(Suite suite, List<PlanMatrix.Row> rows, String fixedNamespace,
                                     FaultPermission faults, boolean kept, Duration leftoverTtl) {
        StringBuilder md = new StringBuilder(fixedNamespace == null
                ? "Namespace `storage-harness-<run id>`: created at the start, deleted at the end.\n\n"
                : "Namespace `" + fixedNamespace + "` (`-Dnamespace`): used as it is, never deleted.\n\n");
        if (NodeBaselines.needsPrivileged(suite)) {
            md.append(fixedNamespace == null ? "The namespace is labelled `" + NodeBaselines.POD_SECURITY_LABEL + "="
                    + NodeBaselines.PRIVILEGED + "`: " : "The namespace must allow Pod Security level `"
                    + NodeBaselines.PRIVILEGED + "` (label `" + NodeBaselines.POD_SECURITY_LABEL + "`): ")
                    .append(String.join("; ", NodeBaselines.podNeeds(suite))).append(".\n\n");
        }
        md.append("| engine | volumes (PVCs) | pods | checks |\n|---|---|---|---|\n");
        rows.stream().filter(PlanMatrix.Row::runs).forEach(r -> md.append(row(suite, r, faults)));
        if (kept) {
            md.append("\nUpgrade gate: one PVC `sh-kept-<engine>` per engine in namespace `")
                    .append(fixedNamespace == null ? KeptVolumes.NAMESPACE : fixedNamespace)
                    .append("`, kept after the run for the next one.\n");
        }
        md.append("\nEvery object carries `").append(Labels.MANAGED_BY).append('=').append(Labels.MANAGER)
                .append("` and the run's `").append(Labels.RUN_ID).append("`, and is removed at the end (`-Dkeep=true`")
                .append(" keeps it). At the start, the janitor removes objects of earlier runs older than ")
                .append(leftoverTtl.toSeconds() % 3600 == 0 ? leftoverTtl.toHours() + " h" : Units.human(leftoverTtl))
                .append("; the plan only reads.\n");
        return new PlanParts.Section("What it would create", md.toString());
    }

    private static String row(Suite suite, PlanMatrix.Row row, FaultPermission faults) {
        if (row.engine().nodeVolume().isPresent()) {
            var node = row.engine().nodeVolume().get();
            int pods = suite.workloads().size() * suite.repetitions();
            return "| " + row.engine().id() + " | none: the " + node.describe() + " (hostPath " + (node.isDevice()
                    ? "BlockDevice, written over once the in-pod guard finds it unused and blank" : "Directory, one"
                    + " data file per pod, removed after") + ") | " + pods + " fio pod(s) on node " + node.node()
                    + (node.isDevice() ? ", privileged, host PID namespace" : ", not privileged")
                    + ", each with a ConfigMap for its job file | — |\n";
        }
        KubeVolume volume = row.engine().kubeVolume().orElseThrow();
        int volumes = VolumeSizing.maxFanOut(suite);
        int pods = volumes + suite.workloads().stream().mapToInt(w -> w.fanOut()).sum() * suite.repetitions();
        return "| " + row.engine().id() + " | " + volumes + " × " + VolumeSizing.volumeSize(row.engine(), suite)
                + " of `" + volume.storageClass() + "`, " + (volume.block() ? "Block" : "Filesystem") + ", "
                + volume.accessMode() + "; pre-filled once, reused by every workload | " + pods + " fio pods ("
                + volumes + " pre-fill), each with a ConfigMap for its job file" + CaseRunner.baselineNode(suite)
                .filter(n -> volumes == 1).map(n -> ", on node " + n + " (the node baseline's)").orElse("")
                + " | " + checks(row, suite.checks(),
                faults) + " |\n";
    }

    private static String checks(PlanMatrix.Row row, ChecksSpec spec, FaultPermission faults) {
        List<String> parts = new ArrayList<>();
        String data = KubeLab.claimSize(spec.dataBytes());
        row.checks().forEach((check, skip) -> {
            if (skip.isEmpty()) {
                parts.add(check.id() + ": " + switch (check) {
                    case SNAPSHOT -> "3 PVCs of " + data + " (2 restored), 2 VolumeSnapshots, 5 pods";
                    case PERSISTENCE -> "1 PVC of " + data + ", 2 pods";
                    case FAILOVER -> "1 PVC of " + KubeLab.claimSize(FailoverCheck.volumeBytes(spec)) + ", 3 pods, "
                            + fault(faults);
                    case CLONE -> "3 PVCs of " + data + " (2 cloned), 6 pods";
                    case EXPANSION -> "1 PVC of " + data + " grown to 3 times its size (patched), 5 pods";
                });
            }
        });
        return parts.isEmpty() ? "—" : String.join("; ", parts);
    }

    private static String fault(FaultPermission faults) {
        return switch (faults.mode()) {
            case REPLICA -> "one replica faulted by the engine's adapter";
            case DRAIN -> "one node cordoned and uncordoned, the writer evicted";
            case COMMAND -> "the fault command and its undo";
        };
    }
}
