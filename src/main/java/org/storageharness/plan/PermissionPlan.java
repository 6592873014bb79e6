package org.storageharness.plan;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.function.UnaryOperator;
import org.storageharness.platform.kube.access.AccessReview;
import org.storageharness.platform.kube.access.AccessReview.Answer;
import org.storageharness.platform.kube.access.AccessReview.Reviewed;
import org.storageharness.platform.kube.access.RunAccess;
import org.storageharness.platform.kube.access.RunPermissions;
import org.storageharness.platform.kube.access.RunScope;

/**
 * Every permission the run would use, each reviewed with a SelfSubjectAccessReview: the table, the required ones
 * missing (which stop the run) and the optional ones missing (which only thin the report).
 */
final class PermissionPlan {

    private PermissionPlan() {
    }

    /**
     * @param shown rewrites the review's namespace name into what the plan shows ({@code storage-harness-<run id>})
     */
    static PlanParts plan(KubernetesClient client, RunScope scope, String context, UnaryOperator<String> shown) {
        List<Reviewed> reviewed = new AccessReview(client).review(RunPermissions.of(scope));
        List<Reviewed> missing = reviewed.stream().filter(r -> r.answer() == Answer.DENIED).toList();
        StringBuilder md = new StringBuilder("Each checked with a SelfSubjectAccessReview as the user of context `")
                .append(context).append("` (a review creates nothing). ");
        md.append(missing.isEmpty() ? "None is missing.\n" : missing.size() + " missing:\n\n");
        missing.forEach(r -> md.append("- **").append(shown.apply(r.permission().request())).append("** → `")
                .append(r.permission().grantedBy()).append('`').append(r.permission().required() ? "" : " (optional)")
                .append('\n'));
        md.append("\n| request | for | allowed | granted by |\n|---|---|---|---|\n");
        reviewed.forEach(r -> md.append("| ").append(shown.apply(r.permission().request())).append(" | ")
                .append(r.permission().purpose()).append(r.permission().required() ? "" : " (optional)").append(" | ")
                .append(answer(r.answer())).append(" | ").append(r.permission().grantedBy().replaceFirst(".*/", ""))
                .append(" |\n"));
        List<String> problems = missing.stream().filter(r -> r.permission().required())
                .map(r -> shown.apply(RunAccess.missing(r.permission()))).toList();
        List<String> warnings = missing.stream().filter(r -> !r.permission().required())
                .map(r -> shown.apply(RunAccess.missing(r.permission()))).toList();
        return PlanParts.section("Permissions", md.toString()).and(PlanParts.problems(problems))
                .and(PlanParts.warnings(warnings)).and(unknown(reviewed));
    }

    private static PlanParts unknown(List<Reviewed> reviewed) {
        return reviewed.stream().filter(r -> r.answer() == Answer.UNKNOWN).findFirst()
                .map(r -> PlanParts.warnings(List.of("a check of the permissions: " + r.detail())))
                .orElse(PlanParts.none());
    }

    private static String answer(Answer answer) {
        return switch (answer) {
            case ALLOWED -> "yes";
            case DENIED -> "**no**";
            case UNKNOWN -> "unknown";
        };
    }
}
