package org.storageharness.suite;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A suite's settings for Kubernetes targets (key {@code kubernetes:}); the command line overrides them.
 *
 * @param allowContexts kubeconfig contexts the harness may touch; empty allows none
 * @param namespace an existing namespace to use instead of a per-run one; null for a per-run namespace
 * @param fioImage the image fio pods run
 * @param nodeSelector extra node labels fio pods must match
 * @param cpu CPU request and limit of fio pods ({@code 2}, {@code 500m}); null for none
 * @param memory memory request and limit of fio pods ({@code 1Gi}); null for none
 * @param bindTimeout bound on a volume being provisioned and a pod starting
 * @param leftoverTtl age after which objects of earlier runs are removed at start
 */
public record KubeOptions(List<String> allowContexts, String namespace, String fioImage,
                          Map<String, String> nodeSelector, String cpu, String memory, Duration bindTimeout,
                          Duration leftoverTtl) {

    /**
     * kubestr's published image at release v0.4.49 (kastenhq/kubestr, tag commit 01940ed): Alpine 3.19 with Alpine's
     * fio package (fio 3.36) and {@code /bin/sh}, for amd64, arm64 and ppc64le; kubestr runs its own fio pods from it.
     * Pinned by its release tag, never {@code latest}. {@code src/main/container/fio/Containerfile} builds fio 3.33 for
     * a registry of your own.
     */
    public static final String DEFAULT_FIO_IMAGE = "ghcr.io/kastenhq/kubestr:v0.4.49";

    public KubeOptions {
        allowContexts = List.copyOf(allowContexts);
        nodeSelector = Map.copyOf(nodeSelector);
        fioImage = fioImage == null ? DEFAULT_FIO_IMAGE : fioImage;
        bindTimeout = bindTimeout == null ? Duration.ofMinutes(5) : bindTimeout;
        leftoverTtl = leftoverTtl == null ? Duration.ofHours(6) : leftoverTtl;
    }

    public static KubeOptions defaults() {
        return new KubeOptions(List.of(), null, null, Map.of(), null, null, null, null);
    }
}
