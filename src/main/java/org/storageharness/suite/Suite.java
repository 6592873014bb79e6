package org.storageharness.suite;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A validated suite: what to run (engines × workloads), where, how often, and the thresholds that judge it.
 *
 * @param name suite name (file name without {@code .yaml})
 * @param file the suite file
 * @param description free text for the report
 * @param target where to run
 * @param engines engines in suite order, never empty
 * @param workloads workloads in suite order, never empty
 * @param thresholds every threshold, with its engine/workload selectors
 * @param repetitions how many times each case runs (≥ 1)
 * @param kubernetes settings for Kubernetes targets
 * @param unstableSpread a metric whose (max − min) / median over the repetitions exceeds this fraction is unstable
 * @param baselineEngine the engine every other is compared with in the summary (raw device, local path); may be null
 * @param gate tolerances of the baseline comparison
 * @param checks the correctness checks to run (snapshot, persistence, failover)
 * @param steady how steady state is judged, and where it is required
 */
public record Suite(String name, Path file, String description, TargetKind target, List<EngineSpec> engines,
                    List<WorkloadSpec> workloads, List<Threshold> thresholds, int repetitions, KubeOptions kubernetes,
                    double unstableSpread, String baselineEngine, GateSpec gate,
                    ChecksSpec checks, SteadySpec steady) {

    public static final double DEFAULT_UNSTABLE_SPREAD = 0.10;

    public Suite {
        Objects.requireNonNull(name);
        Objects.requireNonNull(target);
        engines = List.copyOf(engines);
        workloads = List.copyOf(workloads);
        thresholds = List.copyOf(thresholds);
        kubernetes = kubernetes == null ? KubeOptions.defaults() : kubernetes;
        gate = gate == null ? GateSpec.defaults() : gate;
        checks = checks == null ? ChecksSpec.none() : checks;
        steady = steady == null ? SteadySpec.defaults() : steady;
        if (engines.isEmpty() || workloads.isEmpty() || repetitions < 1) {
            throw new IllegalArgumentException("a suite needs engines, workloads and repetitions >= 1");
        }
    }

    public Suite(String name, Path file, String description, TargetKind target, List<EngineSpec> engines,
                 List<WorkloadSpec> workloads, List<Threshold> thresholds, int repetitions) {
        this(name, file, description, target, engines, workloads, thresholds, repetitions, KubeOptions.defaults());
    }

    public Suite(String name, Path file, String description, TargetKind target, List<EngineSpec> engines,
                 List<WorkloadSpec> workloads, List<Threshold> thresholds, int repetitions, KubeOptions kubernetes) {
        this(name, file, description, target, engines, workloads, thresholds, repetitions, kubernetes,
                DEFAULT_UNSTABLE_SPREAD, null, null, null);
    }

    public Suite(String name, Path file, String description, TargetKind target, List<EngineSpec> engines,
                 List<WorkloadSpec> workloads, List<Threshold> thresholds, int repetitions, KubeOptions kubernetes,
                 double unstableSpread) {
        this(name, file, description, target, engines, workloads, thresholds, repetitions, kubernetes,
                unstableSpread, null, null, null);
    }

    public Suite(String name, Path file, String description, TargetKind target, List<EngineSpec> engines,
                 List<WorkloadSpec> workloads, List<Threshold> thresholds, int repetitions, KubeOptions kubernetes,
                 double unstableSpread, String baselineEngine, GateSpec gate) {
        this(name, file, description, target, engines, workloads, thresholds, repetitions, kubernetes,
                unstableSpread, baselineEngine, gate, null);
    }

    public Suite(String name, Path file, String description, TargetKind target, List<EngineSpec> engines,
                 List<WorkloadSpec> workloads, List<Threshold> thresholds, int repetitions, KubeOptions kubernetes,
                 double unstableSpread, String baselineEngine, GateSpec gate, ChecksSpec checks) {
        this(name, file, description, target, engines, workloads, thresholds, repetitions, kubernetes,
                unstableSpread, baselineEngine, gate, checks, null);
    }

    /** The thresholds of a case; a point of a sweep also has those of its swept workload (its group). */
    public List<Threshold> thresholdsFor(String engine, String workload) {
        String group = workloads.stream().filter(w -> w.id().equals(workload)).map(WorkloadSpec::group).findFirst()
                .orElse(workload);
        return thresholds.stream().filter(t -> t.appliesTo(engine, workload) || t.appliesTo(engine, group)).toList();
    }
}
