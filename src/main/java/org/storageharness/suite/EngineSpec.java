package org.storageharness.suite;

import java.util.Objects;
import java.util.Optional;
import org.storageharness.engine.EngineTraits;

/**
 * One storage engine under test, as a suite declares it.
 *
 * @param id stable id used in display names, results and thresholds
 * @param kind engine kind from the engine catalog ({@code longhorn}, {@code generic}, ...)
 * @param description free text for the report, may be empty
 * @param local where it lives on the local target; null if the engine only exists in a cluster
 * @param kube its volumes on Kubernetes targets; null if the engine only exists locally
 * @param versionPods label selector of the engine's pods whose image tag is its version; empty if unknown
 * @param traits the catalog's knowledge of the kind (adapter, capabilities, snapshot rules) with the suite's overrides
 * @param node the node baseline on Kubernetes (kind {@code node}): fio on a node's directory or raw device; else null
 */
public record EngineSpec(String id, String kind, String description, LocalVolume local, KubeVolume kube,
                         String versionPods, EngineTraits traits, NodeVolume node) {

    public EngineSpec {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        description = description == null ? "" : description;
        versionPods = versionPods == null ? "" : versionPods;
        traits = traits == null ? EngineTraits.GENERIC : traits;
    }

    public EngineSpec(String id, String kind, String description, LocalVolume local, KubeVolume kube,
                      String versionPods, EngineTraits traits) {
        this(id, kind, description, local, kube, versionPods, traits, null);
    }

    public EngineSpec(String id, String kind, String description, LocalVolume local, KubeVolume kube,
                      String versionPods) {
        this(id, kind, description, local, kube, versionPods, EngineTraits.GENERIC);
    }

    public EngineSpec(String id, String kind, String description, LocalVolume local, KubeVolume kube) {
        this(id, kind, description, local, kube, "");
    }

    public Optional<KubeVolume> kubeVolume() {
        return Optional.ofNullable(kube);
    }

    /** The StorageClass name, or null when the engine has no Kubernetes volume. */
    public String storageClass() {
        return kube == null ? null : kube.storageClass();
    }

    /** The node baseline's directory or device, when this engine is of kind {@code node}. */
    public Optional<NodeVolume> nodeVolume() {
        return Optional.ofNullable(node);
    }

    /** True when the engine runs on a Kubernetes target: a StorageClass, or a node's own storage. */
    public boolean runsOnKubernetes() {
        return kube != null || node != null;
    }

    public Optional<LocalVolume> localVolume() {
        return Optional.ofNullable(local);
    }
}
