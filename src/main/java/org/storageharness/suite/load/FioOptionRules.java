package org.storageharness.suite.load;

import org.storageharness.suite.Units;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Cheap checks of fio option values that catch typos before fio runs (fio's own parse check follows later). */
final class FioOptionRules {

    /** Options the harness sets itself; a workload that sets them would send I/O or output elsewhere. */
    static final Set<String> HARNESS_OWNED = Set.of("filename", "directory", "filename_format", "output",
            "output-format", "eta");

    private static final Set<String> SIZE_OPTIONS = Set.of("bs", "blocksize", "size", "filesize", "offset",
            "offset_increment", "io_size", "bsrange", "blocksize_range", "ba", "blockalign");
    private static final Set<String> COUNT_OPTIONS = Set.of("iodepth", "numjobs", "nrfiles", "rwmixread",
            "rwmixwrite", "iodepth_batch", "iodepth_batch_complete_min", "rate_iops");
    private static final Set<String> TIME_OPTIONS = Set.of("runtime", "ramp_time", "startdelay");
    private static final List<String> RW_VALUES = List.of("read", "write", "trim", "randread", "randwrite",
            "randtrim", "rw", "readwrite", "randrw", "trimwrite", "randtrimwrite");

    private FioOptionRules() {
    }

    /** Reports each bad option of {@code options} through {@code report(key, message)}. */
    static void check(Map<String, String> options, ProblemSink report) {
        options.forEach((key, value) -> check(key, value, message -> report.add(key, message)));
    }

    private static void check(String key, String value, Consumer<String> problem) {
        if (HARNESS_OWNED.contains(key)) {
            problem.accept("fio option [" + key + "] is set by the harness (it points fio at the engine's volume"
                    + " and collects json+ output); remove it");
        } else if (SIZE_OPTIONS.contains(key) && !Units.isFioSizeExpression(value)) {
            problem.accept("[" + value + "] is not a size; use fio size syntax such as [4k], [64k], [800m], [1g]");
        } else if (COUNT_OPTIONS.contains(key) && !value.matches("[1-9]\\d*")) {
            problem.accept("expected a positive whole number but was [" + value + "]");
        } else if (TIME_OPTIONS.contains(key) && Units.duration(value) == null) {
            problem.accept("expected a duration such as [10s], [5m] or [300] (seconds) but was [" + value + "]");
        } else if ((key.equals("rw") || key.equals("readwrite")) && !RW_VALUES.contains(value.split(":")[0])) {
            problem.accept("[" + value + "] is not an fio I/O pattern; allowed: " + RW_VALUES);
        } else if (key.equals("direct") && !value.matches("[01]|true|false")) {
            problem.accept("expected 0 or 1 but was [" + value + "]");
        }
    }

    /** Receives a problem for one option key. */
    interface ProblemSink {
        void add(String key, String message);
    }
}
