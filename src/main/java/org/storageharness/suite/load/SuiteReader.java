package org.storageharness.suite.load;

import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.KubeVolume;
import org.storageharness.suite.LocalVolume;
import org.storageharness.suite.NodeVolume;
import org.storageharness.suite.Problem;
import org.storageharness.suite.SteadySpec;
import org.storageharness.suite.Suite;
import org.storageharness.suite.TargetKind;
import org.storageharness.suite.Threshold;
import org.storageharness.suite.Units;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.OptionalDouble;
import org.storageharness.engine.EngineTraits;

/** Turns a suite file into the parts of a {@link Suite}, collecting every problem instead of stopping at the first. */
final class SuiteReader {

    private static final Set<String> KEYS = Set.of("description", "target", "repetitions", "runtime", "size",
            "engines", "workloads", "thresholds", "kubernetes", "unstableSpread",
            "baselineEngine", "gate", "checks", "steadyTolerance", "steady", "slo");
    private static final Set<String> ENGINE_KEYS = engineKeys();
    private static final Set<String> LOCAL_KEYS = Set.of("path", "device", "destructive");
    private static final String ID_PATTERN = "[a-z0-9][a-z0-9._-]*";

    private final Path basedir;
    private final EngineCatalog engineCatalog;
    private final List<Problem> problems;
    final List<Threshold> thresholds = new ArrayList<>();

    SuiteReader(Path basedir, EngineCatalog engineCatalog, List<Problem> problems) {
        this.basedir = basedir;
        this.engineCatalog = engineCatalog;
        this.problems = problems;
    }

    private static Set<String> engineKeys() {
        Set<String> keys = new HashSet<>(TraitsReader.KEYS);
        keys.addAll(Set.of("id", "kind", "description", "local", "storageClass", "volumeMode", "accessMode",
                "volumeSize", "thresholds", "node"));
        return Set.copyOf(keys);
    }

    Fields top(YamlNode root) {
        return Fields.of(root, KEYS, problems);
    }

    TargetKind target(Fields top) {
        String text = top.string("target", "auto");
        return TargetKind.parse(text).orElseGet(() -> {
            top.report("target", "unknown target [" + text + "]; allowed: " + TargetKind.ids());
            return TargetKind.AUTO;
        });
    }

    List<EngineSpec> engines(Fields top) {
        if (!top.has("engines")) {
            top.report("engines", "missing required key [engines]: list the engines to test");
        }
        List<EngineSpec> engines = top.list("engines", this::engine);
        Set<String> seen = new LinkedHashSet<>();
        engines.stream().map(EngineSpec::id).filter(id -> !seen.add(id))
                .forEach(id -> top.report("engines", "engine id [" + id + "] is used twice; ids must be unique"));
        return engines;
    }

    private EngineSpec engine(YamlNode node) {
        Fields f = Fields.of(node, ENGINE_KEYS, problems);
        String id = f.required("id");
        String kind = f.string("kind", f.has("node") ? NodeReader.KIND : "generic");
        if (id != null && !id.matches(ID_PATTERN)) {
            f.report("id", "[" + id + "] is not a valid id; use lower-case letters, digits, '.', '_' and '-'");
        }
        if (!engineCatalog.ids().contains(kind)) {
            f.report("kind", "unknown engine kind [" + kind + "]; allowed: " + Fields.sorted(engineCatalog.ids()));
        }
        LocalVolume local = f.has("local") ? local(f.node("local")) : null;
        KubeVolume kube = KubeReader.volume(f);
        NodeVolume onNode = NodeReader.read(f, id, kind);
        if (!f.has("local") && !f.has("storageClass") && !f.has("node") && !NodeReader.KIND.equals(kind)) {
            f.report("local", "engine [" + id + "] has neither [local] (local target) nor [storageClass] or [node]"
                    + " (Kubernetes)");
        }
        ThresholdReader.Scope scope = ThresholdReader.Scope.engine(id);
        f.list("thresholds", t -> ThresholdReader.read(t, scope, problems)).forEach(thresholds::add);
        EngineCatalog.Kind known = engineCatalog.get(kind);
        EngineTraits traits = TraitsReader.read(f,
                known == null ? EngineTraits.GENERIC : known.traits(), problems);
        return id == null ? null : new EngineSpec(id, kind, f.string("description", ""), local, kube,
                known == null ? "" : known.versionPods(), traits, onNode);
    }

    private LocalVolume local(YamlNode node) {
        Fields f = Fields.of(node, LOCAL_KEYS, problems);
        String path = f.string("path", null);
        String device = f.string("device", null);
        boolean destructive = f.bool("destructive", false);
        if ((path == null) == (device == null)) {
            f.report("path", "give exactly one of [path] (a directory) or [device] (a block device)");
            return null;
        }
        if (device != null && !destructive) {
            f.report("destructive", "device [" + device + "] would be written over and its contents destroyed;"
                    + " add [destructive: true] to this engine to allow it");
            return null;
        }
        if (device != null) {
            return new LocalVolume(null, Path.of(device), true);
        }
        return LocalVolume.directory(basedir.resolve(path).normalize());
    }

    /** Top-level thresholds; read after engines and workloads so their selectors can be checked. */
    void topThresholds(Fields top, Set<String> engineIds, Set<String> workloadIds) {
        ThresholdReader.Scope scope = new ThresholdReader.Scope(null, null, engineIds, workloadIds);
        top.list("thresholds", t -> ThresholdReader.read(t, scope, problems)).forEach(thresholds::add);
    }

    /** The engine the others are compared with; must be one of the suite's engines. */
    String baselineEngine(Fields top, Set<String> engineIds) {
        String id = top.string("baselineEngine", null);
        if (id != null && !engineIds.contains(id)) {
            top.report("baselineEngine", "[" + id + "] is not an engine of this suite; choose from "
                    + Fields.sorted(engineIds));
            return null;
        }
        return id;
    }

    /** {@code unstableSpread: 10%} (or {@code 0.1}) as a fraction. */
    double unstableSpread(Fields top) {
        return fraction(top, "unstableSpread", Suite.DEFAULT_UNSTABLE_SPREAD);
    }

    /** {@code steadyTolerance} and {@code steady}, with the workloads' own {@code steady} keys. */
    SteadySpec steady(Fields top, Map<String, Boolean> byWorkload) {
        return new SteadySpec(fraction(top, "steadyTolerance", SteadySpec.DEFAULT_TOLERANCE),
                top.bool("steady", false), byWorkload);
    }

    private static double fraction(Fields top, String key, double fallback) {
        String text = top.string(key, null);
        if (text == null) {
            return fallback;
        }
        OptionalDouble value = Units.fraction(text);
        if (value.isPresent() && value.getAsDouble() > 0) {
            return value.getAsDouble();
        }
        top.report(key, "expected a positive fraction such as [10%] or [0.1] but was [" + text + "]");
        return fallback;
    }

    Duration runtime(Fields top) {
        return top.duration("runtime");
    }

    String size(Fields top) {
        String size = top.string("size", null);
        if (size != null && Units.sizeBytes(size).isEmpty()) {
            top.report("size", "[" + size + "] is not a size; use fio size syntax such as [64m] or [1g]");
            return null;
        }
        return size;
    }
}
