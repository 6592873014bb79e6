package org.storageharness.engine.adapter;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Objects;
import org.storageharness.engine.EngineAdapter;
import org.storageharness.engine.EngineTraits;

/**
 * Builds the adapter the engine catalog names ({@link EngineTraits#adapter()}), once per run. Bad adapter names and
 * bad adapter settings are configuration errors, raised here before any test runs.
 */
public final class EngineAdapters {

    /** The adapter names the catalog may use. */
    public static final List<String> NAMES = List.of("longhorn", "mayastor", "linstor", "ceph", "none");

    private EngineAdapters() {
    }

    /** The adapter for {@code traits}; {@code client} may be null only for adapter {@code none}. */
    public static EngineAdapter of(EngineTraits traits, KubernetesClient client) {
        return of("", traits, client);
    }

    /**
     * The adapter for {@code traits}, naming {@code engineKind} (the catalog key, e.g. {@code local-path}) in the skip
     * reasons of engines without one; {@code client} may be null only for adapter {@code none}.
     *
     * @throws IllegalArgumentException for an unknown adapter name or a bad adapter setting
     */
    public static EngineAdapter of(String engineKind, EngineTraits traits, KubernetesClient client) {
        Objects.requireNonNull(traits, "traits");
        String name = traits.adapter();
        if (name.equals("none")) {
            return new NoAdapter(engineKind);
        }
        if (!NAMES.contains(name)) {
            String kind = engineKind == null || engineKind.isBlank() ? "" : " of engine kind [" + engineKind + "]";
            throw new IllegalArgumentException("Configuration error: unknown engine adapter [" + name + "]" + kind
                    + " in the engine catalog; allowed: " + NAMES);
        }
        Objects.requireNonNull(client, () -> "engine adapter [" + name + "] needs a Kubernetes client");
        return switch (name) {
            case "longhorn" -> new LonghornAdapter(settings(traits, LonghornAdapter.DEFAULT_NAMESPACE), client);
            case "mayastor" -> new MayastorAdapter(settings(traits, MayastorAdapter.DEFAULT_NAMESPACE), client);
            case "linstor" -> new LinstorAdapter(settings(traits, LinstorAdapter.DEFAULT_NAMESPACE), client);
            default -> new CephAdapter(settings(traits, CephAdapter.DEFAULT_NAMESPACE), client);
        };
    }

    private static AdapterSettings settings(EngineTraits traits, String defaultNamespace) {
        return new AdapterSettings(traits.adapter(), traits, defaultNamespace);
    }
}
