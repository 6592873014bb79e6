package org.storageharness.suite.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.storageharness.suite.Metric;
import org.storageharness.suite.Problem;
import org.storageharness.suite.Slo;
import org.storageharness.suite.Sweep;
import org.storageharness.suite.SweepPoint;
import org.storageharness.suite.WorkloadSpec;

/**
 * Reads a workload's {@code sweep:} ({@code iodepth} and/or {@code numjobs}, each a list of positive integers) and an
 * {@code slo:} ({@code metric} and {@code max}), and expands a swept workload into one workload per point.
 */
final class SweepReader {

    static final Set<String> SWEEP_KEYS = Set.of("iodepth", "numjobs");
    private static final Set<String> SLO_KEYS = Set.of("metric", "max");
    private static final String EXAMPLE = "such as [sweep: {iodepth: [1, 2, 4, 8, 16, 32]}]";

    private SweepReader() {
    }

    /** A workload entry's sweep and its SLO (null when it has none). */
    record Entry(Sweep sweep, Slo slo) {
    }

    /**
     * The entry's own {@code sweep} (or its catalog workload's) and {@code slo}; empty when it is not swept (an
     * {@code slo} without a sweep is a problem).
     */
    static Optional<Entry> entry(Fields f, WorkloadSpec spec, WorkloadCatalog catalog, List<Problem> problems) {
        if (f.has("sweep") && spec.isJobFile()) {
            f.report("sweep", "a job-file workload cannot be swept: the harness sets iodepth and numjobs only in fio"
                    + " options it renders; remove [sweep] or give the workload as [fio] options");
            return Optional.empty();
        }
        Sweep own = sweep(f, problems);
        String baseId = f.string("extends", f.has("fio") ? null : spec.id());
        WorkloadCatalog.Entry base = spec.isJobFile() || baseId == null ? null : catalog.get(baseId);
        Sweep sweep = f.has("sweep") ? own : base == null ? null : base.sweep();
        Slo slo = slo(f, problems);
        if (slo != null && sweep == null && !f.has("sweep")) {
            f.report("slo", "[slo] judges the points of a load curve, but workload [" + spec.id() + "] has no"
                    + " [sweep]; add [sweep: {iodepth: [1, 4, 16]}] or remove [slo]");
        }
        return sweep == null ? Optional.empty() : Optional.of(new Entry(sweep, slo));
    }

    /** The {@code sweep} of {@code f}; null when absent or unusable (then a problem was recorded). */
    static Sweep sweep(Fields f, List<Problem> problems) {
        if (!f.has("sweep")) {
            return null;
        }
        YamlNode node = f.node("sweep");
        if (!(node instanceof YamlNode.Mapping)) {
            f.report("sweep", "expected a mapping of [iodepth] and/or [numjobs] to lists of values " + EXAMPLE);
            return null;
        }
        Fields s = Fields.of(node, SWEEP_KEYS, problems);
        if (!s.has("iodepth") && !s.has("numjobs")) {
            if (s.mapping().entries().isEmpty()) {
                f.report("sweep", "a sweep varies [iodepth], [numjobs] or both " + EXAMPLE);
            }
            return null;
        }
        List<Integer> depths = values(s, "iodepth");
        List<Integer> jobs = values(s, "numjobs");
        return depths == null || jobs == null ? null : new Sweep(depths, jobs);
    }

    /** A non-empty list of distinct positive integers; empty when absent, null after reporting a bad one. */
    private static List<Integer> values(Fields s, String key) {
        if (!s.has(key)) {
            return List.of();
        }
        String fix = "; give a non-empty list of distinct positive integers such as [" + key + ": [1, 4, 16]]";
        if (!(s.node(key) instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
            s.report(key, "expected a non-empty list" + fix);
            return null;
        }
        List<Integer> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            String text = item instanceof YamlNode.Scalar sc ? sc.value() : null;
            if (text == null || !text.trim().matches("[0-9]{1,6}") || Integer.parseInt(text.trim()) < 1
                    || out.contains(Integer.parseInt(text.trim()))) {
                s.problems().add(Fields.problem(item, "[" + (text == null ? item.kind() : text)
                        + "] is not a new positive integer" + fix));
                return null;
            }
            out.add(Integer.parseInt(text.trim()));
        }
        return out;
    }

    /** The {@code slo} of {@code f}; null when absent or unusable (then a problem was recorded). */
    static Slo slo(Fields f, List<Problem> problems) {
        if (!f.has("slo")) {
            return null;
        }
        Fields s = Fields.of(f.node("slo"), SLO_KEYS, problems);
        String name = s.required("metric");
        String text = s.required("max");
        if (name == null || text == null) {
            return null;
        }
        Optional<Metric> metric = Metric.parse(name).filter(m -> !m.equals(Metric.SLO_IOPS));
        if (metric.isEmpty()) {
            s.report("metric", "unknown SLO metric [" + name + "]; use a latency such as [write.lat.p99.9]; allowed: "
                    + Metric.names().stream().filter(n -> !n.equals(Metric.SLO_IOPS.name())).toList());
            return null;
        }
        OptionalDouble max = ThresholdReader.limit(metric.get(), text);
        if (max.isEmpty()) {
            s.report("max", "[" + text + "] is not a value for " + name + "; " + ThresholdReader.hint(metric.get()));
            return null;
        }
        YamlNode at = f.node("slo");
        return new Slo(metric.get(), max.getAsDouble(), at.file() + ":" + at.line());
    }

    /**
     * The workload's points, each a full workload with iodepth/numjobs set and its own id ({@code <id>-qd16}); the
     * workload itself when it has no sweep.
     */
    static List<WorkloadSpec> expand(WorkloadSpec spec, Sweep sweep, Slo slo) {
        if (sweep == null) {
            return List.of(spec);
        }
        List<WorkloadSpec> points = new ArrayList<>();
        for (SweepPoint p : sweep.points(spec.id())) {
            Map<String, String> options = new LinkedHashMap<>(spec.options());
            List<String> set = new ArrayList<>();
            if (p.iodepth() > 0) {
                options.put("iodepth", String.valueOf(p.iodepth()));
                set.add("iodepth " + p.iodepth());
            }
            if (p.numjobs() > 0) {
                options.put("numjobs", String.valueOf(p.numjobs()));
                set.add("numjobs " + p.numjobs());
            }
            String description = spec.description() + " — load curve point " + (p.index() + 1) + " of " + p.count()
                    + ": " + String.join(", ", set);
            points.add(spec.asPoint(spec.id() + "-" + p.label(), description, options, p, slo));
        }
        return points;
    }
}
