package org.storageharness.suite.load;

import org.storageharness.suite.Problem;
import org.storageharness.suite.Units;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Command-line overrides ({@code -Dtarget}, {@code -Dengines}, {@code -Dworkloads}, {@code -Druntime}); they beat
 * everything in suite files.
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

    static final Path COMMAND_LINE = Path.of("command line");

    public Overrides {
        engines = List.copyOf(engines);
        workloads = List.copyOf(workloads);
        fioOptions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fioOptions));
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

    /** Reads the overrides from system properties; a malformed value is reported to {@code problems}. */
    public static Overrides from(Properties props, List<Problem> problems) {
        String runtimeText = blankToNull(props.getProperty("runtime"));
        Duration runtime = runtimeText == null ? null : Units.duration(runtimeText);
        if (runtimeText != null && (runtime == null || runtime.isZero())) {
            problems.add(new Problem(COMMAND_LINE, 0, "-Druntime",
                    "expected a positive duration such as [10s], [5m] or [300] (seconds) but was [" + runtimeText + "]"));
        }
        return new Overrides(blankToNull(props.getProperty("target")), list(props.getProperty("engines")),
                list(props.getProperty("workloads")), runtime, fioOptions(props.getProperty("fio.options"), problems),
                repetitions(props.getProperty("repetitions"), problems));
    }

    private static int repetitions(String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Problem(COMMAND_LINE, 0, "-Drepetitions", "expected a whole number ≥ 1 but was [" + text
                + "]"));
        return 0;
    }

    /** {@code key=value,key=value}; each option is checked as a suite's would be. */
    private static Map<String, String> fioOptions(String text, List<Problem> problems) {
        Map<String, String> options = new java.util.LinkedHashMap<>();
        for (String pair : list(text)) {
            String[] kv = pair.split("=", 2);
            if (kv[0].isBlank()) {
                problems.add(new Problem(COMMAND_LINE, 0, "-Dfio.options", "[" + pair + "] is not key=value"));
                continue;
            }
            options.put(kv[0].trim(), kv.length > 1 ? kv[1].trim() : "");
        }
        FioOptionRules.check(options, (key, message) -> problems.add(new Problem(COMMAND_LINE, 0,
                "-Dfio.options " + key, message)));
        return options;
    }

    public static Overrides from(Map<String, String> values, List<Problem> problems) {
        Properties props = new Properties();
        props.putAll(values);
        return from(props, problems);
    }

    private static List<String> list(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
