package org.storageharness.suite;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Engine kinds the harness knows, with their defaults, read from {@code suites/catalog/engines.yaml}. */
public final class EngineCatalog {

    /**
     * A catalog entry: what the kind is, which provisioner serves it on Kubernetes, and a label selector for the
     * engine's pods whose image tag tells its version (empty when there is no such pod).
     */
    public record Kind(String id, String description, String provisioner, String versionPods) {
    }

    private final Map<String, Kind> kinds;

    private EngineCatalog(Map<String, Kind> kinds) {
        this.kinds = kinds;
    }

    static EngineCatalog read(Path file, List<Problem> problems) {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        YamlNode root = YamlFiles.read(file, problems);
        if (root != null) {
            Fields top = Fields.of(root, Set.of("kinds"), problems);
            if (top.node("kinds") instanceof YamlNode.Mapping m) {
                m.entries().forEach((id, node) -> {
                    Fields f = Fields.of(node, Set.of("description", "provisioner", "versionPods"), problems);
                    kinds.put(id, new Kind(id, f.string("description", ""), f.string("provisioner", ""),
                            f.string("versionPods", "")));
                });
            } else {
                top.report("kinds", "expected a mapping of engine kind to its defaults");
            }
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
