package org.storageharness.engine.adapter;

import java.util.Map;
import java.util.Optional;
import org.storageharness.engine.EngineTraits;

/**
 * An adapter's view of the catalog's {@code settings} and {@code engineNamespace}, read once when the adapter is built
 * so that a bad value stops the run before any test.
 */
final class AdapterSettings {

    /** The replica count the engine's StorageClass asks for; known only when the catalog states it. */
    static final String REPLICAS = "replicas";

    private final String adapter;
    private final String namespace;
    private final Map<String, String> values;

    AdapterSettings(String adapter, EngineTraits traits, String defaultNamespace) {
        this.adapter = adapter;
        this.namespace = traits.engineNamespace().isBlank() ? defaultNamespace : traits.engineNamespace();
        this.values = traits.settings();
    }

    String namespace() {
        return namespace;
    }

    String text(String key, String fallback) {
        String value = values.get(key);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** A {@code true}/{@code false} setting; anything else is a configuration error naming the key. */
    boolean flag(String key, boolean fallback) {
        String value = text(key, String.valueOf(fallback));
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("Configuration error: engine adapter [" + adapter + "] setting ["
                    + key + "] must be [true] or [false] but was [" + value + "]; fix it in the engine catalog");
        }
        return Boolean.parseBoolean(value);
    }

    /** Setting {@code replicas}, a whole number ≥ 1, when present. */
    Optional<Integer> replicas() {
        String value = text(REPLICAS, "");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            int replicas = Integer.parseInt(value);
            if (replicas >= 1) {
                return Optional.of(replicas);
            }
        } catch (NumberFormatException e) {
            // reported below with the key and the allowed values
        }
        throw new IllegalArgumentException("Configuration error: engine adapter [" + adapter + "] setting ["
                + REPLICAS + "] must be a whole number of at least [1] but was [" + value + "]; fix it in the engine "
                + "catalog");
    }

    /** The problem when more copies are asked for than there are nodes to hold them; empty otherwise. */
    Optional<String> replicasAbove(int readyNodes) {
        return replicas().filter(r -> r > readyNodes).map(r -> "engine adapter [" + adapter + "] asks for replicas ["
                + r + "] (setting [" + REPLICAS + "]) but the cluster has only [" + readyNodes + "] ready nodes: not "
                + "every copy can be placed and volumes stay degraded; lower the replica count or add nodes");
    }
}
