package org.storageharness.platform.kube.access;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.function.Consumer;
import org.storageharness.platform.kube.access.AccessReview.Answer;
import org.storageharness.platform.kube.access.AccessReview.Reviewed;
import org.storageharness.suite.Problem;

/**
 * The permission check before a run on a cluster: every request the run would make is reviewed, and the run stops
 * before anything is created when one it needs is denied, listing each with the example RBAC file that grants it,
 * instead of failing halfway with 403.
 */
public final class RunAccess {

    private RunAccess() {
    }

    /**
     * The required permissions {@code scope} lacks, one problem each; denied optional ones and unanswered reviews are
     * logged as warnings, since the run goes ahead without them.
     */
    public static List<Problem> problems(KubernetesClient client, RunScope scope, Consumer<String> log) {
        List<Reviewed> reviewed = new AccessReview(client).review(RunPermissions.of(scope));
        reviewed.stream().filter(r -> r.answer() == Answer.DENIED && !r.permission().required())
                .forEach(r -> log.accept("WARNING: " + missing(r.permission()) + "; the run goes ahead without it"));
        reviewed.stream().filter(r -> r.answer() == Answer.UNKNOWN).findFirst().ifPresent(r -> log.accept(
                "WARNING: the permissions could not be checked before the run (" + r.detail() + "); a missing one"
                        + " shows as HTTP 403 when the run needs it"));
        return reviewed.stream().filter(r -> r.answer() == Answer.DENIED && r.permission().required())
                .map(r -> new Problem(scope.suite().file(), 0, "kubernetes", missing(r.permission()))).toList();
    }

    /** {@code missing permission: create pods in namespace [x] (fio pods...); granted by <file>}. */
    public static String missing(Permission p) {
        return "missing permission: " + p.request() + " (" + p.purpose() + "); granted by " + p.grantedBy();
    }
}
