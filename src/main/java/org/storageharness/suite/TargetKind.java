package org.storageharness.suite;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where a suite runs: the local host, a cluster from a kubeconfig, a K3s container, or the first that is available. */
public enum TargetKind {
    LOCAL, KUBECONFIG, K3S, AUTO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TargetKind> parse(String text) {
        return Arrays.stream(values()).filter(t -> t.id().equals(text.trim())).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(TargetKind::id).toList();
    }
}
