package org.storageharness.suite.load;

import org.storageharness.suite.Problem;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storageharness.engine.Capabilities;
import org.storageharness.engine.EngineTraits;

/**
 * Reads an engine's traits: in the engine catalog for a kind (over {@link EngineTraits#GENERIC}), and in a suite's
 * engine entry over its kind's traits, so a suite overrides only the keys it gives.
 */
final class TraitsReader {

    static final Set<String> KEYS = Set.of("adapter", "engineNamespace", "capabilities", "snapshotClass", "teardown",
            "settings", "failover");
    static final List<String> ADAPTERS = List.of("none", "longhorn", "mayastor", "linstor", "ceph");
    private static final Set<String> CAPABILITY_KEYS = Set.of("snapshot", "replicas", "block", "expansion", "rwx",
            "clone");
    private static final Set<String> SNAPSHOT_KEYS = Set.of("name", "parameters");
    private static final Set<String> FAILOVER_KEYS = Set.of("maxStall", "maxTimeToHealthy");
    private static final List<String> TEARDOWNS = List.of("any", "clones-first");

    private TraitsReader() {
    }

    static EngineTraits read(Fields f, EngineTraits base, List<Problem> problems) {
        String adapter = f.string("adapter", base.adapter());
        if (!ADAPTERS.contains(adapter)) {
            f.report("adapter", "unknown adapter [" + adapter + "]; allowed: " + ADAPTERS);
            adapter = base.adapter();
        }
        String teardown = f.string("teardown", base.clonesFirst() ? "clones-first" : "any");
        if (!TEARDOWNS.contains(teardown)) {
            f.report("teardown", "unknown teardown order [" + teardown + "]; allowed: " + TEARDOWNS);
        }
        Map<String, String> settings = new LinkedHashMap<>(base.settings());
        settings.putAll(f.scalarMap("settings"));
        Duration[] limits = failover(f, base, problems);
        String[] snapshotClass = {base.snapshotClass()};
        Map<String, String> parameters = snapshot(f, base, snapshotClass, problems);
        return new EngineTraits(adapter, capabilities(f, base.capabilities(), problems), snapshotClass[0], parameters,
                teardown.equals("clones-first"), f.string("engineNamespace", base.engineNamespace()), settings,
                limits[0], limits[1]);
    }

    private static Capabilities capabilities(Fields engine, Capabilities base, List<Problem> problems) {
        if (!engine.has("capabilities")) {
            return base;
        }
        Fields f = Fields.of(engine.node("capabilities"), CAPABILITY_KEYS, problems);
        return new Capabilities(f.bool("snapshot", base.snapshot()), f.integer("replicas", base.replicas(), 1),
                f.bool("block", base.block()), f.bool("expansion", base.expansion()), f.bool("rwx", base.rwx()),
                f.bool("clone", base.cloning()));
    }

    /** {@code snapshotClass: NAME} or {@code snapshotClass: {name: NAME, parameters: {type: snap}}}. */
    private static Map<String, String> snapshot(Fields engine, EngineTraits base, String[] name,
                                                List<Problem> problems) {
        if (!engine.has("snapshotClass")) {
            return base.snapshotParameters();
        }
        if (engine.node("snapshotClass") instanceof YamlNode.Scalar) {
            name[0] = engine.string("snapshotClass", base.snapshotClass());
            return base.snapshotParameters();
        }
        Fields f = Fields.of(engine.node("snapshotClass"), SNAPSHOT_KEYS, problems);
        name[0] = f.string("name", base.snapshotClass());
        return f.has("parameters") ? f.scalarMap("parameters") : base.snapshotParameters();
    }

    private static Duration[] failover(Fields engine, EngineTraits base, List<Problem> problems) {
        Duration[] limits = {base.maxStall(), base.maxTimeToHealthy()};
        if (engine.has("failover")) {
            Fields f = Fields.of(engine.node("failover"), FAILOVER_KEYS, problems);
            Duration stall = f.duration("maxStall");
            Duration healthy = f.duration("maxTimeToHealthy");
            limits[0] = stall == null ? limits[0] : stall;
            limits[1] = healthy == null ? limits[1] : healthy;
        }
        return limits;
    }
}
