package org.storageharness.results;

import java.util.List;
import java.util.Map;

/**
 * One run, as written to {@code results.json}. The schema is versioned by {@link #schemaVersion()}; readers refuse a
 * version they do not know. Documented in the README ("Results record").
 *
 * @param schema always {@link #SCHEMA}
 * @param environment the target's facts (host or cluster, fio version, engine images)
 * @param cases every case of the suite, in run order, including skipped and broken ones
 * @param checks every correctness check (snapshot, persistence, failover) per engine, in run order; empty (or absent
 *               in files written before checks existed) when the suite runs none
 * @param interrupted true when a signal stopped the run (false, or absent in files written before, otherwise): the
 *                    record holds what was measured until then
 * @param signal what stopped it ({@code SIGINT}, {@code SIGTERM}, {@code JVM shutdown}); null unless interrupted
 */
public record RunRecord(String schema, int schemaVersion, String runId, String startedAt, String finishedAt,
                        String suite, String target, int repetitions, Map<String, String> environment,
                        List<CaseRecord> cases, List<CheckRecord> checks, boolean interrupted, String signal) {

    public static final String SCHEMA = "storage-harness/results";
    public static final int VERSION = 1;

    public RunRecord {
        environment = Map.copyOf(environment);
        cases = List.copyOf(cases);
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** A run that was not interrupted. */
    public RunRecord(String schema, int schemaVersion, String runId, String startedAt, String finishedAt,
                     String suite, String target, int repetitions, Map<String, String> environment,
                     List<CaseRecord> cases, List<CheckRecord> checks) {
        this(schema, schemaVersion, runId, startedAt, finishedAt, suite, target, repetitions, environment, cases,
                checks, false, null);
    }

    public RunRecord(String schema, int schemaVersion, String runId, String startedAt, String finishedAt,
                     String suite, String target, int repetitions, Map<String, String> environment,
                     List<CaseRecord> cases) {
        this(schema, schemaVersion, runId, startedAt, finishedAt, suite, target, repetitions, environment, cases,
                List.of());
    }

    /**
     * One correctness check on one engine.
     *
     * @param verdict {@code passed}, {@code failed} (a broken promise), {@code broken} or {@code skipped}
     * @param message the failures, or why it was skipped or broke; null when it passed
     * @param metrics measured values, units in the names ({@code snapshot.ready_s}, {@code failover.stall_s})
     */
    public record CheckRecord(String engine, String check, String verdict, String message,
                              Map<String, Double> metrics, List<String> notes) {
    }

    /**
     * One case.
     *
     * @param verdict {@code passed}, {@code failed} (thresholds), {@code broken} (harness or cluster error) or
     *                {@code skipped}
     * @param message why it failed, broke or was skipped; null when it passed
     * @param groups per fio group; empty when the case did not run to the end
     * @param steady whether its IOPS held steady (the last third's mean within the suite's {@code steadyTolerance} of
     *               the middle third's); null when not judged (a job file, no runtime, too few seconds logged), and
     *               absent in files written before it existed
     * @param middleThirdIops mean total IOPS of the middle third of the run; null when not judged
     * @param lastThirdIops mean total IOPS of the last third; null when not judged
     * @param slo on the last point of a swept workload with an SLO: {@code slo.iops} and how it was found; null
     *            (absent in files written before it existed) otherwise
     */
    public record CaseRecord(String engine, String workload, String verdict, String message, Double wallSeconds,
                             Double fioSeconds, List<GroupRecord> groups, List<String> violations, Boolean steady,
                             Double middleThirdIops, Double lastThirdIops, SloRecord slo) {

        public CaseRecord(String engine, String workload, String verdict, String message, Double wallSeconds,
                          Double fioSeconds, List<GroupRecord> groups, List<String> violations, Boolean steady,
                          Double middleThirdIops, Double lastThirdIops) {
            this(engine, workload, verdict, message, wallSeconds, fioSeconds, groups, violations, steady,
                    middleThirdIops, lastThirdIops, null);
        }

        public CaseRecord(String engine, String workload, String verdict, String message, Double wallSeconds,
                          Double fioSeconds, List<GroupRecord> groups, List<String> violations) {
            this(engine, workload, verdict, message, wallSeconds, fioSeconds, groups, violations, null, null, null);
        }
    }

    /**
     * {@code slo.iops} of an engine and swept workload (also among the last point's metrics when a point met the SLO).
     *
     * @param sweep the swept workload's id (the curve)
     * @param metric the SLO's metric ({@code write.lat.p99.9})
     * @param max the SLO's bound in the metric's unit
     * @param iops the highest total IOPS measured at a point that kept the SLO; null when none did
     * @param point the label of that point ({@code qd8}); null when none did
     * @param note the sentence the report shows: the value and its point, or why there is none
     */
    public record SloRecord(String sweep, String metric, double max, Double iops, String point, String note) {
    }

    /**
     * One fio group of a case.
     *
     * @param group the group's name when the workload has several, else null
     * @param metrics by metric name ({@code write.lat.p99.9})
     * @param unstable metrics whose spread over the repetitions exceeds the suite's {@code unstableSpread}
     */
    public record GroupRecord(String group, Map<String, MetricRecord> metrics, List<String> unstable) {
    }

    /**
     * One metric: the median (what thresholds and tables use) and the repetitions' values.
     *
     * @param spread (max − min) / median
     */
    public record MetricRecord(String unit, double median, double min, double max, double spread,
                               List<Double> values) {
    }
}
