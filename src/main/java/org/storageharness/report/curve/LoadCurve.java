package org.storageharness.report.curve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.storageharness.metrics.Format;
import org.storageharness.metrics.MetricSet;
import org.storageharness.metrics.SloIops;
import org.storageharness.run.CaseResult;
import org.storageharness.suite.Metric;
import org.storageharness.suite.Slo;
import org.storageharness.suite.Suite;
import org.storageharness.suite.WorkloadSpec;

/**
 * One swept workload's load curve in the run summary: per engine and point, total IOPS and a latency percentile (the
 * SLO's metric, else p99.9 write or read latency), the SLO and {@code slo.iops} with the point it was measured at.
 *
 * @param group the swept workload's id
 * @param latency the latency plotted against IOPS
 * @param slo the workload's SLO; null when it has none
 * @param points the point labels in curve order
 * @param byEngine per engine (suite order), per point label: that case's metrics
 * @param sloByEngine per engine, its {@code slo.iops} outcome (absent when the last point did not run)
 */
public record LoadCurve(String group, Metric latency, Slo slo, List<String> points,
                        Map<String, Map<String, MetricSet>> byEngine, Map<String, SloIops> sloByEngine) {

    static final Metric TOTAL_IOPS = new Metric("total", Metric.Quantity.IOPS);
    private static final List<Metric> FALLBACK = List.of(new Metric("write", Metric.Quantity.LAT_P999),
            new Metric("read", Metric.Quantity.LAT_P999));

    /** The curves of every swept workload that has results, in suite order. */
    public static List<LoadCurve> of(Suite suite, List<CaseResult> results) {
        Map<String, List<WorkloadSpec>> groups = new LinkedHashMap<>();
        suite.workloads().stream().filter(w -> w.point() != null)
                .forEach(w -> groups.computeIfAbsent(w.group(), g -> new ArrayList<>()).add(w));
        List<LoadCurve> curves = new ArrayList<>();
        groups.forEach((group, points) -> {
            Map<String, Map<String, MetricSet>> byEngine = new LinkedHashMap<>();
            Map<String, SloIops> slos = new LinkedHashMap<>();
            for (var engine : suite.engines()) {
                for (WorkloadSpec w : points) {
                    results.stream().filter(r -> r.benchmarkCase().engine().id().equals(engine.id())
                            && r.benchmarkCase().workload().id().equals(w.id()) && r.groups().size() == 1)
                            .forEach(r -> {
                                byEngine.computeIfAbsent(engine.id(), e -> new LinkedHashMap<>())
                                        .put(w.point().label(), r.groups().get(0).median());
                                if (r.slo() != null) {
                                    slos.put(engine.id(), r.slo());
                                }
                            });
                }
            }
            if (!byEngine.isEmpty()) {
                Slo slo = points.get(0).slo();
                curves.add(new LoadCurve(group, latency(slo, byEngine), slo,
                        points.stream().map(w -> w.point().label()).toList(), byEngine, slos));
            }
        });
        return curves;
    }

    private static Metric latency(Slo slo, Map<String, Map<String, MetricSet>> byEngine) {
        if (slo != null) {
            return slo.metric();
        }
        return FALLBACK.stream().filter(m -> byEngine.values().stream().flatMap(p -> p.values().stream())
                .anyMatch(s -> s.get(m).isPresent())).findFirst().orElse(FALLBACK.get(0));
    }

    public String title() {
        return "Load curve · " + group;
    }

    OptionalDouble value(String engine, String point, Metric metric) {
        MetricSet set = byEngine.getOrDefault(engine, Map.of()).get(point);
        return set == null ? OptionalDouble.empty() : set.get(metric);
    }

    /** {@code SLO: write p99.9 latency ≤ 5 ms (suites/x.yaml:12)}, or that there is none. */
    String sloLine() {
        return slo == null ? "No SLO set: add [slo: {metric: " + latency.name() + ", max: 5ms}] for slo.iops."
                : "SLO: " + slo.metric().label() + " ≤ " + Format.value(slo.metric(), slo.max()) + " [" + slo.origin()
                        + "]. slo.iops is the highest total IOPS measured at a point that kept it: measured points"
                        + " only, no interpolation between them.";
    }

    /** Per engine, its slo.iops sentence; an engine whose last point did not run has none. */
    List<String> sloNotes() {
        List<String> notes = new ArrayList<>();
        sloByEngine.forEach((engine, s) -> notes.add(engine + ": " + s.note()));
        byEngine.keySet().stream().filter(e -> slo != null && !sloByEngine.containsKey(e))
                .forEach(e -> notes.add(e + ": no slo.iops: the sweep's last point did not finish"));
        return notes;
    }

    /** The cell of a point's latency: the value, and ✗ where it broke the SLO. */
    String latencyCell(String engine, String point) {
        OptionalDouble v = value(engine, point, latency);
        if (v.isEmpty()) {
            return "—";
        }
        boolean broke = slo != null && !slo.holds(v.getAsDouble());
        return Format.number(v.getAsDouble()) + (broke ? " ✗" : "");
    }

    String iopsCell(String engine, String point) {
        OptionalDouble v = value(engine, point, TOTAL_IOPS);
        return v.isEmpty() ? "—" : Format.number(v.getAsDouble());
    }
}
