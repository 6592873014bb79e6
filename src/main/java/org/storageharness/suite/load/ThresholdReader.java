package org.storageharness.suite.load;

import org.storageharness.suite.Metric;
import org.storageharness.suite.Problem;
import org.storageharness.suite.Threshold;
import org.storageharness.suite.Units;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Reads threshold entries ({@code metric}, {@code max} or {@code min}, optional selectors). */
final class ThresholdReader {

    private static final Set<String> KEYS = Set.of("metric", "max", "min", "engines", "workloads");

    private ThresholdReader() {
    }

    /**
     * Where a threshold sits: nested under an engine or workload entry (an implied selector), or at top level,
     * where its {@code engines}/{@code workloads} selectors must name ids of the suite.
     */
    record Scope(String engine, String workload, Set<String> engineIds, Set<String> workloadIds) {

        static Scope engine(String id) {
            return new Scope(id, null, Set.of(), Set.of());
        }

        static Scope workload(String id) {
            return new Scope(null, id, Set.of(), Set.of());
        }
    }

    /** Reads one threshold; returns null after reporting when the entry is unusable. */
    static Threshold read(YamlNode node, Scope scope, List<Problem> problems) {
        String engine = scope.engine();
        String workload = scope.workload();
        Set<String> allowed = new HashSet<>(KEYS);
        if (engine != null) {
            allowed.remove("engines");
        }
        if (workload != null) {
            allowed.remove("workloads");
        }
        Fields f = Fields.of(node, allowed, problems);
        String name = f.required("metric");
        Optional<Metric> metric = name == null ? Optional.empty() : Metric.parse(name);
        if (name != null && metric.isEmpty()) {
            f.report("metric", "unknown metric [" + name + "]; allowed: " + Metric.names());
        }
        if (f.has("max") == f.has("min")) {
            f.report(f.has("max") ? "min" : "max", "give exactly one of [max] or [min]");
            return null;
        }
        String boundKey = f.has("max") ? "max" : "min";
        String text = f.string(boundKey, null);
        if (metric.isEmpty() || text == null) {
            return null;
        }
        OptionalDouble limit = limit(metric.get(), text);
        if (limit.isEmpty()) {
            f.report(boundKey, "[" + text + "] is not a value for " + metric.get().name() + "; " + hint(metric.get()));
            return null;
        }
        Set<String> engines = engine != null ? Set.of(engine) : selectors(f, "engines", scope.engineIds());
        Set<String> workloads = workload != null ? Set.of(workload) : selectors(f, "workloads", scope.workloadIds());
        String origin = node.file() + ":" + node.line();
        return new Threshold(metric.get(), boundKey.equals("max"), limit.getAsDouble(), engines, workloads, origin);
    }

    private static Set<String> selectors(Fields f, String key, Set<String> known) {
        Set<String> ids = Set.copyOf(f.strings(key));
        ids.stream().filter(id -> !known.contains(id)).sorted().forEach(id -> f.report(key,
                "unknown " + key.substring(0, key.length() - 1) + " [" + id + "]; suite " + key + ": "
                        + Fields.sorted(known)));
        return ids;
    }

    static OptionalDouble limit(Metric metric, String text) {
        if (metric.quantity().isLatency()) {
            return Units.latencyMillis(text);
        }
        String number = text.trim().replaceFirst("\\s*(MiB/s|MiB)$", "");
        if (!number.matches("\\d+(\\.\\d+)?")) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(number));
    }

    static String hint(Metric metric) {
        if (metric.quantity().isLatency()) {
            return "use a latency such as [25ms], [500us] or [2s]";
        }
        return metric.unit().isEmpty() ? "use a non-negative number such as [20000]"
                : "use a non-negative number in " + metric.unit() + " such as [100]";
    }
}
