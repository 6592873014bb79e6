package org.storageharness.plan;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.storageharness.check.FaultPermission;
import org.storageharness.platform.kube.access.ClusterApis;
import org.storageharness.platform.kube.access.RunScope;
import org.storageharness.platform.kube.cluster.KubeSettings;
import org.storageharness.platform.kube.cluster.Preflight;
import org.storageharness.platform.kube.pods.NodeBaselines;
import org.storageharness.platform.kube.lab.ChecksPreflight;
import org.storageharness.run.RunSession;
import org.storageharness.suite.Problem;
import org.storageharness.suite.Suite;

/**
 * The plan on a cluster: which engines and checks run, what the cluster offers, what the run would create, every
 * permission it would use (reviewed), and how long it would take, found with reads and access reviews only; the
 * janitor does not run.
 */
final class KubePlan {

    private static final String SHOWN_NAMESPACE = "storage-harness-<run id>";

    private KubePlan() {
    }

    static PlanParts plan(PlanContext ctx) {
        KubeSettings kube = KubeSettings.from(ctx.suite().kubernetes(), ctx.settings().platform().kube());
        // A plan should answer quickly: one retry where a run, which has work at stake, retries ten times.
        Config config = new ConfigBuilder(ctx.choice().login().config()).withRequestRetryBackoffLimit(1).build();
        try (KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build()) {
            return plan(ctx, kube, client);
        }
    }

    private static PlanParts plan(PlanContext ctx, KubeSettings kube, KubernetesClient client) {
        try {
            client.getKubernetesVersion();
        } catch (KubernetesClientException e) {
            // One answer is enough: every further read would wait for the same silence.
            return PlanParts.problems(List.of("Cluster unavailable: the API server [" + client.getMasterUrl()
                    + "] of context [" + ctx.choice().login().context() + "] does not answer: " + e.getMessage()));
        }
        Suite suite = ctx.suite();
        FaultPermission faults = ctx.settings().faults();
        Preflight preflight = new Preflight(client, suite);
        List<String> problems = texts(preflight.problems());
        ClusterApis apis = ClusterApis.read(client);
        String fixed = kube.options().namespace();
        // A review needs a real namespace name; the plan shows the pattern a run's namespace follows.
        String namespace = fixed != null ? fixed : "storage-harness-" + RunSession.newRunId();
        UnaryOperator<String> shown = text -> fixed != null ? text : text.replace(namespace, SHOWN_NAMESPACE);
        List<PlanMatrix.Row> rows = KubeMatrix.rows(suite, preflight.missing, faults, client);
        RunScope scope = new RunScope(suite, preflight.running(), namespace, fixed == null, faults,
                ctx.settings().gate().upgrade(), apis);
        return PlanParts.of(PlanMatrix.section(suite, rows)).and(PlanParts.of(FaultPlan.section(suite, faults)))
                .and(PlanParts.of(new ClusterSurvey(client, suite).section(preflight.running(), apis)))
                .and(checksPreflight(client, suite, rows)).and(namespace(client, fixed))
                .and(PlanParts.problems(texts(NodeBaselines.namespaceProblems(client, suite, fixed))))
                .and(PlanParts.of(KubeObjects.section(suite, rows, fixed, faults, ctx.settings().gate().upgrade(),
                        kube.options().leftoverTtl())))
                .and(PermissionPlan.plan(client, scope, ctx.choice().login().context(), shown))
                .and(PlanParts.of(DurationEstimate.section(suite, rows, ctx.overhead(), true)))
                .and(PlanParts.problems(problems));
    }

    /** The checks' own preflight (snapshot API and controller, capacity, replicas, adapters), which only reads. */
    private static PlanParts checksPreflight(KubernetesClient client, Suite suite, List<PlanMatrix.Row> rows) {
        List<String> warnings = new ArrayList<>();
        try {
            List<Problem> problems = ChecksPreflight.forSuite(client, suite,
                    e -> e.nodeVolume().isEmpty() && rows.stream().anyMatch(r -> r.engine().equals(e) && r.runs()),
                    w -> warnings.add(w.replaceFirst("^WARNING: ", "")));
            return PlanParts.problems(texts(problems)).and(PlanParts.warnings(warnings));
        } catch (RuntimeException e) {
            // The run's preflight would stop on the same failure (a refused adapter read, an engine not installed).
            return PlanParts.problems(List.of("the checks' preflight fails: " + e.getMessage()));
        }
    }

    /** A given namespace must exist: the run uses it as it is. */
    private static PlanParts namespace(KubernetesClient client, String fixed) {
        if (fixed == null || ClusterReads.attempt(() -> client.namespaces().withName(fixed).get()).isPresent()) {
            return PlanParts.none();
        }
        return PlanParts.problems(List.of("namespace [" + fixed + "] (-Dnamespace) does not exist or cannot be read;"
                + " create it, or leave -Dnamespace out for a namespace of the run's own"));
    }

    private static List<String> texts(List<Problem> problems) {
        return problems.stream().map(p -> p.key() + ": " + p.message()).toList();
    }
}
