package org.storageharness.platform.kube.access;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storageharness.testing.ManifestFiles;

/**
 * The rules of one example RBAC file under {@code src/main/examples/in-cluster}, and whether they grant a permission
 * as the API server's RBAC authorizer would: group, resource (with subresource), verb, name, and, for a Role, its
 * namespace.
 */
final class RbacExamples {

    /** A rule and where it applies: its Role's namespace, or null for a ClusterRole (everywhere). */
    private record Scoped(PolicyRule rule, String namespace) {
    }

    private final List<Scoped> rules;

    private RbacExamples(List<Scoped> rules) {
        this.rules = rules;
    }

    /** {@code file} relative to the project folder, as {@link Permission#grantedBy()} names it. */
    static RbacExamples of(String file) {
        Path basedir = Path.of(System.getProperty("harness.basedir", "."));
        List<Scoped> rules = new ArrayList<>();
        for (HasMetadata o : ManifestFiles.load(basedir.resolve(file))) {
            if (o instanceof ClusterRole r) {
                r.getRules().forEach(rule -> rules.add(new Scoped(rule, null)));
            } else if (o instanceof Role r) {
                r.getRules().forEach(rule -> rules.add(new Scoped(rule, r.getMetadata().getNamespace())));
            }
        }
        return new RbacExamples(rules);
    }

    boolean grants(Permission p) {
        String resource = p.plural() + (p.subresource().isEmpty() ? "" : "/" + p.subresource());
        return rules.stream().anyMatch(s -> (s.namespace() == null || s.namespace().equals(p.namespace()))
                && s.rule().getApiGroups().contains(p.group()) && s.rule().getResources().contains(resource)
                && s.rule().getVerbs().contains(p.verb()) && (s.rule().getResourceNames() == null
                || s.rule().getResourceNames().isEmpty() || s.rule().getResourceNames().contains(p.name())));
    }
}
