package org.storageharness.suite.load;

import org.storageharness.suite.ChecksSpec;
import org.storageharness.suite.ConfigurationException;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.GateSpec;
import org.storageharness.suite.KubeOptions;
import org.storageharness.suite.Problem;
import org.storageharness.suite.SteadySpec;
import org.storageharness.suite.Suite;
import org.storageharness.suite.TargetKind;
import org.storageharness.suite.WorkloadSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.LinkedHashSet;

/**
 * Loads {@code suites/NAME.yaml} with the catalogs in {@code suites/catalog/}, applies command-line overrides and
 * validates everything before anything runs. Any problem ends in one {@link ConfigurationException} listing all.
 */
public final class SuiteLoader {

    private final Path suitesDir;
    private final Path basedir;

    /**
     * @param suitesDir the {@code suites/} folder
     * @param basedir folder that relative local paths resolve against (the project folder)
     */
    public SuiteLoader(Path suitesDir, Path basedir) {
        this.suitesDir = suitesDir;
        this.basedir = basedir;
    }

    /** Suite names available in {@code suites/} (files ending in {@code .yaml}). */
    public List<String> available() {
        try (Stream<Path> files = Files.list(suitesDir)) {
            return files.filter(p -> !Files.isDirectory(p)).map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Reads only the named suite, the catalogs and the suite's job files: a broken file of another suite never stops
     * this one. A file that cannot be read as what it should be stops at once; everything else is collected.
     */
    public Suite load(String name, Overrides overrides) {
        Path file = suiteFile(name);
        List<Problem> problems = new ArrayList<>();
        Path catalogDir = suitesDir.resolve("catalog");
        WorkloadCatalog workloadCatalog = WorkloadCatalog.read(catalogDir.resolve("workloads.yaml"), suitesDir,
                problems);
        EngineCatalog engineCatalog = EngineCatalog.read(catalogDir.resolve("engines.yaml"), suitesDir, problems);
        YamlNode root = YamlFiles.read(file, suitesDir, FileKind.SUITE);
        SuiteReader reader = new SuiteReader(basedir, engineCatalog, problems);
        Fields top = reader.top(root);
        TargetKind target = reader.target(top);
        List<EngineSpec> engines = reader.engines(top);
        WorkloadReader.Defaults defaults = new WorkloadReader.Defaults(reader.runtime(top), reader.size(top),
                overrides.runtime(), overrides.fioOptions(), SweepReader.slo(top, problems));
        WorkloadReader workloadReader = new WorkloadReader(workloadCatalog, file.getParent(), defaults, problems,
                reader.thresholds);
        List<WorkloadSpec> workloads = workloadReader.read(top);
        Set<String> workloadIds = ids(workloads, WorkloadSpec::id);
        workloadIds.addAll(workloadReader.sweptIds());
        reader.topThresholds(top, ids(engines, EngineSpec::id), workloadIds);
        int repetitions = overrides.repetitions() > 0 ? overrides.repetitions() : top.integer("repetitions", 1, 1);
        KubeOptions kubernetes = KubeReader.options(top, problems);
        double unstableSpread = reader.unstableSpread(top);
        String baselineEngine = reader.baselineEngine(top, ids(engines, EngineSpec::id));
        GateSpec gate = GateReader.read(top, problems);
        ChecksSpec checks = ChecksReader.read(top, problems);
        SteadySpec steady = reader.steady(top, workloadReader.steady());
        target = overrideTarget(target, overrides, problems);
        engines = select(engines, overrides.engines(), EngineSpec::id, "-Dengines", problems);
        workloads = selectWorkloads(workloads, overrides.workloads(), problems);
        if (!problems.isEmpty()) {
            throw new ConfigurationException("suite [" + name + "]", problems);
        }
        return new Suite(name, file, top.string("description", ""), target, engines, workloads, reader.thresholds,
                repetitions, kubernetes, unstableSpread, baselineEngine, gate, checks, steady);
    }

    /** {@code suites/NAME.yaml}; a name that would reach outside {@code suites/} or names no file is refused. */
    private Path suiteFile(String name) {
        if (name != null && (name.contains("/") || name.contains("\\") || name.contains("..")
                || name.indexOf('\0') >= 0)) {
            throw new ConfigurationException("suite name [" + name + "]: a suite is a file NAME.yaml in [" + suitesDir
                    + "], so its name has no '/', '\\' or '..'; available suites: " + available()
                    + "; choose one with -Dsuite=NAME");
        }
        Path file = name == null || name.isBlank() ? null : suitesDir.resolve(name + ".yaml");
        if (file == null || !Files.exists(file)) {
            throw new ConfigurationException("unknown suite [" + name + "]; available suites: " + available()
                    + " (files in " + suitesDir + "); choose one with -Dsuite=NAME");
        }
        return file;
    }

    private static TargetKind overrideTarget(TargetKind fromSuite, Overrides overrides, List<Problem> problems) {
        if (overrides.target() == null) {
            return fromSuite;
        }
        return TargetKind.parse(overrides.target()).orElseGet(() -> {
            problems.add(new Problem(Overrides.COMMAND_LINE, 0, "-Dtarget", "unknown target [" + overrides.target()
                    + "]; allowed: " + TargetKind.ids()));
            return fromSuite;
        });
    }

    private static <T> List<T> select(List<T> all, List<String> wanted, Function<T, String> id, String option,
                                      List<Problem> problems) {
        if (wanted.isEmpty()) {
            return all;
        }
        Set<String> known = ids(all, id);
        wanted.stream().filter(w -> !known.contains(w)).forEach(w -> problems.add(new Problem(Overrides.COMMAND_LINE,
                0, option, "[" + w + "] is not in the suite; choose from " + Fields.sorted(known))));
        return all.stream().filter(t -> wanted.contains(id.apply(t))).toList();
    }

    /** {@code -Dworkloads}: a swept workload's id selects all its points, a point's id that point alone. */
    private static List<WorkloadSpec> selectWorkloads(List<WorkloadSpec> all, List<String> wanted,
                                                      List<Problem> problems) {
        List<WorkloadSpec> byId = select(all, wanted, WorkloadSpec::id, "-Dworkloads", new ArrayList<>());
        Set<String> known = ids(all, WorkloadSpec::id);
        known.addAll(ids(all, WorkloadSpec::group));
        wanted.stream().filter(w -> !known.contains(w)).forEach(w -> problems.add(new Problem(Overrides.COMMAND_LINE,
                0, "-Dworkloads", "[" + w + "] is not in the suite; choose from " + Fields.sorted(known))));
        return wanted.isEmpty() ? byId : all.stream().filter(w -> wanted.contains(w.id())
                || wanted.contains(w.group())).toList();
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
