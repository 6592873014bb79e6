package org.storageharness.platform.kube.pods;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.Problem;
import org.storageharness.suite.Suite;

/**
 * What a suite's node baselines (engine kind {@code node}) need of the run's namespace: Pod Security level
 * {@code privileged}, since the levels {@code baseline} and {@code restricted} forbid hostPath volumes, privileged
 * containers and the host's PID namespace. The run's own namespace is created with that label; an existing one
 * ({@code -Dnamespace}) is only read, never changed: the preflight says how to label it.
 */
public final class NodeBaselines {

    public static final String POD_SECURITY_LABEL = NodePods.POD_SECURITY_LABEL;
    public static final String PRIVILEGED = NodePods.PRIVILEGED;

    private NodeBaselines() {
    }

    /** True when the suite has a node baseline, whose pods need a privileged namespace. */
    public static boolean needsPrivileged(Suite suite) {
        return suite.engines().stream().anyMatch(e -> e.nodeVolume().isPresent());
    }

    /** One line per node baseline: the privileged pod it needs, where, and why. */
    public static List<String> podNeeds(Suite suite) {
        return suite.engines().stream().filter(e -> e.nodeVolume().isPresent()).map(NodeBaselines::need).toList();
    }

    private static String need(EngineSpec engine) {
        var n = engine.nodeVolume().orElseThrow();
        return "engine " + engine.id() + " needs " + (n.isDevice() ? "a privileged pod (hostPID, hostPath"
                + " BlockDevice " + n.device() + ", written over after the in-pod guard)" : "a pod with hostPath"
                + " Directory " + n.hostPath() + ", not privileged,") + " on node " + n.node();
    }

    /**
     * A problem when an existing namespace enforces a Pod Security level below {@code privileged} while the suite has
     * a node baseline; none for the run's own namespace (created with the label) or when no label is set (the
     * cluster's default applies; a refused pod then fails its case with the admission's message).
     */
    public static List<Problem> namespaceProblems(KubernetesClient client, Suite suite, String fixedNamespace) {
        if (fixedNamespace == null || !needsPrivileged(suite)) {
            return List.of();
        }
        Namespace ns = client.namespaces().withName(fixedNamespace).get();
        Map<String, String> labels = ns == null || ns.getMetadata().getLabels() == null ? Map.of()
                : ns.getMetadata().getLabels();
        String level = labels.get(POD_SECURITY_LABEL);
        if (level == null || PRIVILEGED.equals(level)) {
            return List.of();
        }
        return List.of(new Problem(suite.file(), 0, "kubernetes.namespace", "namespace [" + fixedNamespace
                + "] enforces Pod Security level [" + level + "], which forbids the node baseline's pods ("
                + String.join("; ", podNeeds(suite)) + "); label it: kubectl label namespace " + fixedNamespace
                + " " + POD_SECURITY_LABEL + "=" + PRIVILEGED + " --overwrite, or run in a namespace of the run's"
                + " own (no -Dnamespace)"));
    }
}
