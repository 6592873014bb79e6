package org.storageharness.suite.load;

import org.storageharness.suite.Problem;
import org.storageharness.suite.Sweep;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The built-in workloads (the users' experiments), read from {@code suites/catalog/workloads.yaml}. */
public final class WorkloadCatalog {

    /**
     * A catalog entry: description and the fio options of its job section.
     *
     * @param sweep its load curve's points when it is a swept workload; null otherwise
     */
    public record Entry(String id, String description, Map<String, String> options, Sweep sweep) {

        public Entry(String id, String description, Map<String, String> options) {
            this(id, description, options, null);
        }
    }

    private final Map<String, Entry> entries;

    private WorkloadCatalog(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** @param suitesDir the {@code suites/} folder the catalog must lie in */
    static WorkloadCatalog read(Path file, Path suitesDir, List<Problem> problems) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Fields top = Fields.of(YamlFiles.read(file, suitesDir, FileKind.WORKLOAD_CATALOG), Set.of("workloads"),
                problems);
        YamlNode workloads = top.node("workloads");
        if (!(workloads instanceof YamlNode.Mapping m)) {
            top.report("workloads", "expected a mapping of workload id to its definition");
            return new WorkloadCatalog(entries);
        }
        m.entries().forEach((id, node) -> {
            Fields f = Fields.of(node, Set.of("description", "experiment", "fio", "sweep"),
                    problems);
            Map<String, String> options = f.scalarMap("fio");
            FioOptionRules.check(options, (key, msg) -> problems.add(
                    Fields.problem(f.node("fio"), key + ": " + msg)));
            entries.put(id, new Entry(id, f.string("description", ""), options, SweepReader.sweep(f, problems)));
        });
        return new WorkloadCatalog(entries);
    }

    public Entry get(String id) {
        return entries.get(id);
    }

    public Set<String> ids() {
        return entries.keySet();
    }
}
