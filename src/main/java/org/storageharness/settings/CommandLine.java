package org.storageharness.settings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.storageharness.suite.ConfigurationException;
import org.storageharness.suite.Problem;
import org.storageharness.suite.Units;
import org.storageharness.suite.load.Overrides;

/**
 * The {@code -D} options of one run, read by type. A value that does not parse becomes a problem naming the option,
 * the value and what is allowed, and the option's default is used meanwhile, so every problem is found in one pass;
 * {@link #failOnProblems()} then stops the run with all of them. Blank values count as not given.
 */
final class CommandLine {

    private final Properties properties;
    private final List<Problem> problems = new ArrayList<>();

    CommandLine(Properties properties) {
        this.properties = properties;
    }

    /** The trimmed value; null when not given. */
    String text(Option option) {
        String value = properties.getProperty(option.key());
        return value == null || value.isBlank() ? null : value.trim();
    }

    String text(Option option, String fallback) {
        String value = text(option);
        return value == null ? fallback : value;
    }

    /** A comma-separated list without blank entries; empty when not given. */
    List<String> list(Option option) {
        String value = text(option);
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    boolean flag(Option option, boolean fallback) {
        String value = text(option);
        if (value == null) {
            return fallback;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problem(option, "expected [true] or [false] but was [" + value + "]");
                yield fallback;
            }
        };
    }

    /** A positive duration; {@code fallback} (null for "not given") otherwise. */
    Duration duration(Option option, Duration fallback) {
        String value = text(option);
        if (value == null) {
            return fallback;
        }
        Duration duration = Units.duration(value);
        if (duration == null || duration.isZero()) {
            problem(option, "expected a positive duration such as [10s], [5m] or [300] (seconds) but was [" + value
                    + "]");
            return fallback;
        }
        return duration;
    }

    /** A whole number ≥ 1; {@code fallback} otherwise. */
    int count(Option option, int fallback) {
        String value = text(option);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // not a number: the same problem as a number below 1, added below
        }
        problem(option, "expected a whole number ≥ 1 but was [" + value + "]");
        return fallback;
    }

    /** One of {@code allowed} (compared without case), in lower case; {@code fallback} otherwise. */
    String choice(Option option, List<String> allowed, String fallback) {
        String value = text(option);
        if (value == null) {
            return fallback;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (allowed.contains(lower)) {
            return lower;
        }
        problem(option, "expected one of " + allowed + " but was [" + value + "]");
        return fallback;
    }

    void problem(Option option, String message) {
        problems.add(new Problem(Overrides.COMMAND_LINE, 0, option.flag(), message));
    }

    void addAll(List<Problem> found) {
        problems.addAll(found);
    }

    /** Stops the run with every problem found, before anything has started. */
    void failOnProblems() {
        if (!problems.isEmpty()) {
            throw new ConfigurationException("the command line", problems);
        }
    }
}
