package org.storageharness.suite.load;

import org.storageharness.suite.Problem;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storageharness.engine.EngineTraits;
import java.util.HashSet;

/** Engine kinds the harness knows, with their defaults, read from {@code suites/catalog/engines.yaml}. */
public final class EngineCatalog {

    /**
     * A catalog entry: what the kind is, which provisioner serves it on Kubernetes, a label selector for the
     * engine's pods whose image tag tells its version (empty when there is no such pod), and its traits (adapter,
     * capabilities, snapshot rules, failover limits).
     */
    public record Kind(String id, String description, String provisioner, String versionPods, EngineTraits traits) {
    }

    private final Map<String, Kind> kinds;

    private EngineCatalog(Map<String, Kind> kinds) {
        this.kinds = kinds;
    }

    /** @param suitesDir the {@code suites/} folder the catalog must lie in */
    static EngineCatalog read(Path file, Path suitesDir, List<Problem> problems) {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        Fields top = Fields.of(YamlFiles.read(file, suitesDir, FileKind.ENGINE_CATALOG), Set.of("kinds"), problems);
        if (top.node("kinds") instanceof YamlNode.Mapping m) {
            m.entries().forEach((id, node) -> {
                Set<String> keys = new HashSet<>(TraitsReader.KEYS);
                keys.addAll(Set.of("description", "provisioner", "versionPods"));
                Fields f = Fields.of(node, keys, problems);
                kinds.put(id, new Kind(id, f.string("description", ""), f.string("provisioner", ""),
                        f.string("versionPods", ""), TraitsReader.read(f, EngineTraits.GENERIC, problems)));
            });
        } else {
            top.report("kinds", "expected a mapping of engine kind to its defaults");
        }
        return new EngineCatalog(kinds);
    }

    public Set<String> ids() {
        return kinds.keySet();
    }

    public Kind get(String id) {
        return kinds.get(id);
    }
}
