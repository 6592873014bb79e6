package org.storageharness.suite.load;

import org.storageharness.suite.Problem;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;

/**
 * Command-line overrides ({@code -Dtarget}, {@code -Dengines}, {@code -Dworkloads}, {@code -Druntime}); they beat
 * everything in suite files. The run's settings read them; the loader checks that they name what the suite has.
 *
 * @param target target id, null when not given
 * @param engines engine ids to keep, empty for all
 * @param workloads workload ids to keep, empty for all
 * @param runtime fio runtime for every workload, null when not given
 * @param fioOptions fio options added to every option workload ({@code -Dfio.options=rate_iops=200,...})
 * @param repetitions repetitions of every case ({@code -Drepetitions=3}); 0 when not given
 */
public record Overrides(String target, List<String> engines, List<String> workloads, Duration runtime,
                        Map<String, String> fioOptions, int repetitions) {

    /** Where a command-line problem is, in place of a file. */
    public static final Path COMMAND_LINE = Path.of("command line");

    public Overrides {
        engines = List.copyOf(engines);
        workloads = List.copyOf(workloads);
        fioOptions = Collections.unmodifiableMap(new LinkedHashMap<>(fioOptions));
    }

    public Overrides(String target, List<String> engines, List<String> workloads, Duration runtime) {
        this(target, engines, workloads, runtime, Map.of(), 0);
    }

    public Overrides(String target, List<String> engines, List<String> workloads, Duration runtime,
                     Map<String, String> fioOptions) {
        this(target, engines, workloads, runtime, fioOptions, 0);
    }

    public static Overrides none() {
        return new Overrides(null, List.of(), List.of(), null);
    }

    /**
     * Checks {@code -Dfio.options} by the rules a suite's fio options follow: each bad option is one problem, keyed
     * {@code -Dfio.options KEY}.
     */
    public static List<Problem> fioOptionProblems(Map<String, String> fioOptions) {
        List<Problem> problems = new ArrayList<>();
        FioOptionRules.check(fioOptions, (key, message) -> problems.add(new Problem(COMMAND_LINE, 0,
                "-Dfio.options " + key, message)));
        return problems;
    }
}
