package org.storageharness.platform.select;

import java.util.Objects;
import org.storageharness.platform.kube.cluster.ClusterLogin;
import org.storageharness.suite.TargetKind;

/**
 * Which platform a run uses and why, decided before anything is opened, started or created: the run opens it, a plan
 * only shows it.
 *
 * @param kind {@code LOCAL}, {@code KUBECONFIG} or {@code K3S}; never {@code AUTO}, which resolves to one of them
 * @param reason one line saying which and why, never null
 * @param login the allowed context when {@code kind} is {@code KUBECONFIG}; null otherwise
 * @param unavailable why K3s cannot start on this machine (no Docker); null when it can, or for other kinds
 */
public record PlatformChoice(TargetKind kind, String reason, ClusterLogin.Login login, String unavailable) {

    public PlatformChoice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        if (kind == TargetKind.AUTO || (kind == TargetKind.KUBECONFIG) != (login != null)) {
            throw new IllegalArgumentException("a choice is local, k3s, or kubeconfig with its login; was [" + kind
                    + "] with login [" + login + "]");
        }
    }

    static PlatformChoice local(String reason) {
        return new PlatformChoice(TargetKind.LOCAL, reason, null, null);
    }

    static PlatformChoice cluster(ClusterLogin.Login login, String reason) {
        return new PlatformChoice(TargetKind.KUBECONFIG, reason, login, null);
    }

    static PlatformChoice k3s(String reason, String unavailable) {
        return new PlatformChoice(TargetKind.K3S, reason, null, unavailable);
    }
}
