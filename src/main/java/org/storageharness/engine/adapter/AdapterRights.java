package org.storageharness.engine.adapter;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.storageharness.engine.EngineTraits;

/**
 * The Kubernetes API requests an engine adapter makes, so that a run's rights can be checked before it starts: the
 * reads behind version, replicas, health and the adapter's preflight (RBAC tier 1), and the replica fault of
 * {@code -Dfaults.mode=replica} (tier 2), all in the engine's namespace. Kept beside the adapters' calls: a request
 * added to an adapter belongs here too.
 *
 * @param namespace the engine's namespace: the catalog's {@code engineNamespace}, or the adapter's default
 * @param reads what the adapter reads
 * @param faults what its replica fault changes
 */
public record AdapterRights(String namespace, List<Request> reads, List<Request> faults) {

    public AdapterRights {
        Objects.requireNonNull(namespace, "namespace");
        reads = List.copyOf(reads);
        faults = List.copyOf(faults);
    }

    /**
     * One kind of request.
     *
     * @param verb the RBAC verb ({@code get}, {@code list}, {@code delete})
     * @param resource in kubectl's notation: {@code pods}, {@code replicas.longhorn.io}, {@code services/proxy}
     * @param name the one object it is limited to; null for any
     */
    public record Request(String verb, String resource, String name) {
    }

    /** The rights of the adapter {@code traits} name; empty for adapter {@code none}, which makes no request. */
    public static Optional<AdapterRights> of(EngineTraits traits) {
        return switch (traits.adapter()) {
            case "longhorn" -> Optional.of(longhorn(settings(traits, LonghornAdapter.DEFAULT_NAMESPACE)));
            case "mayastor" -> Optional.of(restApi(settings(traits, MayastorAdapter.DEFAULT_NAMESPACE),
                    MayastorAdapter.REST_SERVICE, MayastorAdapter.DEFAULT_REST_SERVICE));
            case "linstor" -> Optional.of(restApi(settings(traits, LinstorAdapter.DEFAULT_NAMESPACE),
                    LinstorAdapter.CONTROLLER_SERVICE, LinstorAdapter.DEFAULT_CONTROLLER_SERVICE));
            case "ceph" -> Optional.of(ceph(settings(traits, CephAdapter.DEFAULT_NAMESPACE)));
            default -> Optional.empty();
        };
    }

    private static AdapterSettings settings(EngineTraits traits, String defaultNamespace) {
        return new AdapterSettings(traits.adapter(), traits, defaultNamespace);
    }

    /** Volume, Replica and Engine CRs, the version Setting, the manager pods; the fault deletes one Replica CR. */
    private static AdapterRights longhorn(AdapterSettings settings) {
        return new AdapterRights(settings.namespace(), List.of(any("list", "volumes.longhorn.io"),
                any("get", "volumes.longhorn.io"), any("list", "replicas.longhorn.io"),
                any("list", "engines.longhorn.io"),
                new Request("get", "settings.longhorn.io", LonghornAdapter.VERSION_SETTING), any("list", "pods")),
                List.of(any("delete", "replicas.longhorn.io")));
    }

    /** A REST API through the service proxy (Mayastor, LINSTOR) and the engine's pods; the fault deletes a pod. */
    private static AdapterRights restApi(AdapterSettings settings, String serviceKey, String defaultService) {
        return new AdapterRights(settings.namespace(), List.of(new Request("get", "services/proxy",
                settings.text(serviceKey, defaultService)), any("list", "pods")), List.of(any("delete", "pods")));
    }

    /** The CephCluster (named by setting, else the one listed) and the OSD pods; the fault deletes an OSD pod. */
    private static AdapterRights ceph(AdapterSettings settings) {
        String cluster = settings.text(CephAdapter.CLUSTER, "");
        Request read = cluster.isEmpty() ? any("list", "cephclusters.ceph.rook.io")
                : new Request("get", "cephclusters.ceph.rook.io", cluster);
        return new AdapterRights(settings.namespace(), List.of(read, any("list", "pods")),
                List.of(any("delete", "pods")));
    }

    private static Request any(String verb, String resource) {
        return new Request(verb, resource, null);
    }
}
