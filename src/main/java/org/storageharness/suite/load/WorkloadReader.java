package org.storageharness.suite.load;

import org.storageharness.suite.Problem;
import org.storageharness.suite.Slo;
import org.storageharness.suite.Sweep;
import org.storageharness.suite.Threshold;
import org.storageharness.suite.Units;
import org.storageharness.suite.WorkloadSpec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a suite's {@code workloads:} entries: catalog ids, catalog entries with overrides, fio options, or job files.
 * Runtime precedence: command line, then the workload entry, then the suite, then the catalog.
 */
final class WorkloadReader {

    private static final Set<String> KEYS = Set.of("id", "extends", "description", "fio", "jobFile", "runtime", "fanOut",
            "size", "thresholds", "steady", "sweep", "slo");

    private final WorkloadCatalog catalog;
    private final Path suiteDir;
    private final Duration suiteRuntime;
    private final String suiteSize;
    private final Duration commandLineRuntime;
    private final Map<String, String> commandLineOptions;
    private final List<Problem> problems;
    private final List<Threshold> thresholds;
    private final SteadyKeys steady = new SteadyKeys();
    private final Map<String, Sweep> sweeps = new LinkedHashMap<>();
    private final Map<String, Slo> slos = new LinkedHashMap<>();
    private final Slo suiteSlo;
    private final List<WorkloadSpec> points = new ArrayList<>();

    WorkloadReader(WorkloadCatalog catalog, Path suiteDir, Defaults defaults, List<Problem> problems,
                   List<Threshold> thresholds) {
        this.catalog = catalog;
        this.suiteDir = suiteDir;
        this.suiteRuntime = defaults.runtime();
        this.suiteSize = defaults.size();
        this.commandLineRuntime = defaults.commandLineRuntime();
        this.commandLineOptions = defaults.fioOptions();
        this.suiteSlo = defaults.slo();
        this.problems = problems;
        this.thresholds = thresholds;
    }

    /**
     * Suite-wide settings that apply to every workload unless the workload entry overrides them.
     *
     * @param slo the suite's {@code slo}, for every swept workload without its own; may be null
     */
    record Defaults(Duration runtime, String size, Duration commandLineRuntime, Map<String, String> fioOptions,
                    Slo slo) {
    }

    /** The workloads in suite order, a swept workload as its points. */
    List<WorkloadSpec> read(Fields top) {
        if (!top.has("workloads")) {
            top.report("workloads", "missing required key [workloads]; catalog workloads: " + catalogIds());
        }
        for (WorkloadSpec spec : top.list("workloads", this::workload)) {
            Slo slo = sweeps.containsKey(spec.id()) ? slos.getOrDefault(spec.id(), suiteSlo) : null;
            points.addAll(SweepReader.expand(spec, sweeps.get(spec.id()), slo));
        }
        if (suiteSlo != null && sweeps.isEmpty()) {
            top.report("slo", "[slo] judges the points of a load curve, but no workload of this suite has a [sweep];"
                    + " add [sweep: {iodepth: [1, 4, 16]}] to a workload or remove [slo]");
        }
        return points;
    }

    private WorkloadSpec workload(YamlNode node) {
        WorkloadSpec spec = workloadOnce(node);
        if (spec == null || node instanceof YamlNode.Scalar) {
            return spec;
        }
        // Unknown keys were reported by workloadOnce already; keep only what is said about fanOut.
        List<Problem> local = new ArrayList<>();
        int fanOut = Fields.of(node, KEYS, local).integer("fanOut", 1, 1);
        local.stream().filter(p -> p.key().endsWith("fanOut")).forEach(problems::add);
        return spec.withFanOut(fanOut);
    }

    private WorkloadSpec workloadOnce(YamlNode node) {
        if (node instanceof YamlNode.Scalar s && s.value() != null) {
            return catalogWorkload(node, s.value());
        }
        return definedWorkload(node);
    }

    /** A bare id: the catalog workload as it is. */
    private WorkloadSpec catalogWorkload(YamlNode node, String id) {
        WorkloadCatalog.Entry entry = catalog.get(id);
        if (entry == null) {
            problems.add(Fields.problem(node, "unknown workload id [" + id + "]; catalog workloads: "
                    + catalogIds() + "; or define it here with [id] and [fio] or [jobFile]"));
            return null;
        }
        if (entry.sweep() != null) {
            sweeps.put(entry.id(), entry.sweep());
        }
        return spec(entry.id(), entry.description(), new LinkedHashMap<>(entry.options()), null, null);
    }

    /** A mapping: a job file, or fio options on their own or on top of a catalog workload. */
    private WorkloadSpec definedWorkload(YamlNode node) {
        Fields f = Fields.of(node, KEYS, problems);
        String id = f.required("id");
        if (id == null) {
            return null;
        }
        ThresholdReader.Scope scope = ThresholdReader.Scope.workload(id);
        f.list("thresholds", t -> ThresholdReader.read(t, scope, problems)).forEach(thresholds::add);
        Duration runtime = f.duration("runtime");
        WorkloadSpec spec = f.has("jobFile") ? jobFileWorkload(f, id, runtime) : optionsWorkload(f, id, runtime);
        if (spec != null) {
            steady.read(f, spec);
            SweepReader.entry(f, spec, catalog, problems).ifPresent(entry -> {
                sweeps.put(spec.id(), entry.sweep());
                if (entry.slo() != null) {
                    slos.put(spec.id(), entry.slo());
                }
            });
        }
        return spec;
    }

    /** The workloads' own {@code steady} keys, by id (a swept workload's for each of its points), after {@link #read}. */
    Map<String, Boolean> steady() {
        Map<String, Boolean> byId = new LinkedHashMap<>(steady.byWorkload());
        points.stream().filter(p -> p.point() != null && byId.containsKey(p.group()))
                .forEach(p -> byId.put(p.id(), byId.get(p.group())));
        return byId;
    }

    /** The swept workloads' ids (each a curve of points). */
    Set<String> sweptIds() {
        return sweeps.keySet();
    }

    private WorkloadSpec optionsWorkload(Fields f, String id, Duration runtime) {
        String base = f.string("extends", f.has("fio") ? null : id);
        Map<String, String> options = new LinkedHashMap<>();
        String description = f.string("description", "");
        if (base != null) {
            WorkloadCatalog.Entry entry = catalog.get(base);
            if (entry == null) {
                f.report(f.has("extends") ? "extends" : "id", "unknown workload id [" + base + "]; catalog workloads: "
                        + catalogIds() + "; or give fio options under [fio] or a [jobFile]");
                return null;
            }
            options.putAll(entry.options());
            description = description.isEmpty() ? entry.description() : description;
        }
        Map<String, String> own = f.scalarMap("fio");
        FioOptionRules.check(own, (key, msg) -> problems.add(Fields.problem(f.node("fio"), key + ": " + msg)));
        options.putAll(own);
        if (options.isEmpty()) {
            f.report("fio", "workload [" + id + "] has no fio options; add [fio: {rw: randread, bs: 4k, ...}]");
        }
        return spec(id, description, options, runtime, f.string("size", null));
    }

    private WorkloadSpec jobFileWorkload(Fields f, String id, Duration runtime) {
        if (f.has("fio") || f.has("extends") || f.has("size")) {
            f.report("jobFile", "a job-file workload takes its options from the file; remove [fio], [extends], [size]");
        }
        Path file = JobFiles.resolve(f, suiteDir);
        if (file == null) {
            return null;
        }
        Duration effective = first(commandLineRuntime, runtime, suiteRuntime);
        return new WorkloadSpec(id, f.string("description", "fio job file " + file.getFileName()), Map.of(), file,
                effective);
    }

    private WorkloadSpec spec(String id, String description, Map<String, String> options, Duration runtime,
                              String size) {
        Duration catalogRuntime = options.containsKey("runtime") ? Units.duration(options.get("runtime")) : null;
        Duration effective = first(commandLineRuntime, runtime, suiteRuntime, catalogRuntime);
        String effectiveSize = size != null ? size : suiteSize;
        Map<String, String> before = new LinkedHashMap<>(options);
        options.putAll(commandLineOptions);
        if (effectiveSize != null) {
            options.put("size", effectiveSize);
        }
        if (effective != null) {
            long ms = effective.toMillis();
            options.put("runtime", ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms");
        }
        return new WorkloadSpec(id, description + changes(before, options, effective, catalogRuntime), options, null,
                effective);
    }

    /** Says in the description what this run changed from the text (a catalog's 800 MiB run for 2 s on 64 MiB). */
    private String changes(Map<String, String> before, Map<String, String> after, Duration runtime,
                           Duration describedRuntime) {
        List<String> notes = new ArrayList<>();
        if (before.containsKey("size") && !before.get("size").equals(after.get("size"))) {
            notes.add("size " + after.get("size"));
        }
        if (describedRuntime != null && runtime != null && !runtime.equals(describedRuntime)) {
            notes.add("runtime " + after.get("runtime"));
        }
        commandLineOptions.forEach((k, v) -> notes.add(k + "=" + v));
        return notes.isEmpty() ? "" : " (this run: " + String.join(", ", notes) + ")";
    }

    private static Duration first(Duration... candidates) {
        for (Duration d : candidates) {
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private String catalogIds() {
        return Fields.sorted(catalog.ids());
    }
}
