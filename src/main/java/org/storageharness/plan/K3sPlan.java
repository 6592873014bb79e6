package org.storageharness.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storageharness.platform.k3s.K3sSettings;
import org.storageharness.suite.Suite;
import org.storageharness.suite.Units;

/**
 * The plan on K3s in Docker: the cluster does not exist before the run, so the plan says what would start and what
 * would be created in it; there is nothing to review, since the harness is the admin of its own K3s.
 */
final class K3sPlan {

    private K3sPlan() {
    }

    static PlanParts plan(PlanContext ctx) {
        Suite suite = ctx.suite();
        String unavailable = ctx.choice().unavailable();
        if (unavailable != null) {
            List<PlanMatrix.Row> rows = suite.engines().stream().map(e -> PlanMatrix.Row.uniform(suite, e,
                    Optional.of(unavailable), Optional.empty())).toList();
            return PlanParts.of(PlanMatrix.section(suite, rows))
                    .and(PlanParts.warnings(List.of("every case would be skipped: " + unavailable)));
        }
        K3sSettings k3s = ctx.settings().platform().k3s();
        List<PlanMatrix.Row> rows = KubeMatrix.rows(suite, Map.of(), ctx.settings().faults(), null);
        var objects = KubeObjects.section(suite, rows, null, ctx.settings().faults(), ctx.settings().gate().upgrade(),
                suite.kubernetes().leftoverTtl());
        return PlanParts.of(PlanMatrix.section(suite, rows))
                .and(PlanParts.of(FaultPlan.section(suite, ctx.settings().faults())))
                .and(PlanParts.section(objects.heading(), "A K3s container from `" + k3s.image() + "`"
                        + (k3s.snapshotStack() ? " with the snapshot CRDs, snapshot-controller and csi-hostpath" : "")
                        + ", removed after the run; in it, once it runs (engines whose StorageClass K3s lacks are"
                        + " skipped then, and the checks decided):\n\n" + objects.body()))
                .and(PlanParts.section("Permissions", "None to check: K3s is the run's own cluster, and the harness"
                        + " its admin."))
                .and(PlanParts.of(duration(suite, rows, ctx, k3s)));
    }

    private static PlanParts.Section duration(Suite suite, List<PlanMatrix.Row> rows, PlanContext ctx,
                                              K3sSettings k3s) {
        var estimate = DurationEstimate.section(suite, rows, ctx.overhead(), true);
        return new PlanParts.Section(estimate.heading(), estimate.body() + "K3s's start, bounded by "
                + Units.human(k3s.startupTimeout()) + ", comes on top.\n");
    }
}
