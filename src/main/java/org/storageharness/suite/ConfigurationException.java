package org.storageharness.suite;

import java.util.List;
import java.util.stream.Collectors;

/** Bad suite, catalog or option input; carries every problem found so the user fixes them in one go. */
public class ConfigurationException extends RuntimeException {

    private final List<Problem> problems;

    public ConfigurationException(String subject, List<Problem> problems) {
        super(format(subject, problems));
        this.problems = List.copyOf(problems);
    }

    /** One problem that stops the loading at once (a file that cannot be read as what it should be). */
    public ConfigurationException(Problem problem) {
        super("Configuration error: " + problem);
        this.problems = List.of(problem);
    }

    public ConfigurationException(String message) {
        super("Configuration error: " + message);
        this.problems = List.of();
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * Drops the stack trace, for an error already printed once as its block: a test runner that reports it again
     * (Failsafe's summary) then shows the message, not Java frames.
     */
    public ConfigurationException printed() {
        setStackTrace(new StackTraceElement[0]);
        return this;
    }

    /** The message alone ({@code Configuration error: …}): users read it, and a class name tells them nothing. */
    @Override
    public String toString() {
        return getMessage();
    }

    private static String format(String subject, List<Problem> problems) {
        String noun = problems.size() == 1 ? "problem" : "problems";
        return "Configuration error: " + subject + " has " + problems.size() + " " + noun + "; nothing was started.\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
    }
}
