package org.storageharness.suite;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One fio workload: either fio options (rendered into a job file by the harness) or a user's fio job file.
 *
 * @param id stable id used in display names, results and thresholds
 * @param description free text for the report
 * @param options fio options of the job section, in order; empty for a job-file workload
 * @param jobFile a user's fio job file; null for an options workload
 * @param runtime fio runtime for time-based jobs; null when the job is not time based
 * @param fanOut on Kubernetes targets, how many nodes run it at once (one volume and pod per node)
 * @param point where it sits in a load curve when it is one point of a swept workload; null otherwise
 * @param slo the objective {@code slo.iops} is measured against, for a swept workload that has one; null otherwise
 */
public record WorkloadSpec(String id, String description, Map<String, String> options, Path jobFile, Duration runtime,
                           int fanOut, SweepPoint point, Slo slo) {

    public WorkloadSpec {
        Objects.requireNonNull(id);
        description = description == null ? "" : description;
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        if (jobFile != null && !options.isEmpty()) {
            throw new IllegalArgumentException("a workload has either fio options or a job file, not both");
        }
        if (fanOut < 1) {
            throw new IllegalArgumentException("fanOut must be at least 1");
        }
    }

    public WorkloadSpec(String id, String description, Map<String, String> options, Path jobFile, Duration runtime,
                        int fanOut) {
        this(id, description, options, jobFile, runtime, fanOut, null, null);
    }

    public WorkloadSpec(String id, String description, Map<String, String> options, Path jobFile, Duration runtime) {
        this(id, description, options, jobFile, runtime, 1);
    }

    public WorkloadSpec withFanOut(int nodes) {
        return new WorkloadSpec(id, description, options, jobFile, runtime, nodes, point, slo);
    }

    /** This workload as one point of its sweep: its own id, description and fio options. */
    public WorkloadSpec asPoint(String pointId, String pointDescription, Map<String, String> pointOptions,
                                SweepPoint at, Slo objective) {
        return new WorkloadSpec(pointId, pointDescription, pointOptions, jobFile, runtime, fanOut, at, objective);
    }

    /** The swept workload's id for a point of a sweep (the curve it belongs to), else the id. */
    public String group() {
        return point == null ? id : point.group();
    }

    /** {@code randrw-4k-sweep · qd16} for a point of a sweep, else the id. */
    public String displayName() {
        return point == null ? id : point.group() + " · " + point.label();
    }

    public boolean isJobFile() {
        return jobFile != null;
    }
}
