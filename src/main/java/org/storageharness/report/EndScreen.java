package org.storageharness.report;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.storageharness.results.RunRecord;
import org.storageharness.run.RunVerdict;
import org.storageharness.suite.Units;

/**
 * The last screen of a run, printed once when it finishes: how it ended, the verdict counts of its cases and checks,
 * how long it took, its slowest cases, where its summary, results record and Allure report are, and how to open the
 * report.
 */
public final class EndScreen {

    private static final List<String> VERDICTS = List.of("passed", "failed", "broken", "skipped");
    private static final int SLOWEST = 3;

    /**
     * Where the run's outputs are; paths under {@code basedir} are shown relative to it.
     *
     * @param summary the summary, or null when no case produced results
     * @param allureReport where {@code mvn verify} writes the Allure report after the tests
     * @param allureCli the Allure command line that {@code mvn verify} unpacked, or null
     */
    public record Places(Path basedir, Path summary, Path results, Path allureReport, Path allureCli) {
    }

    private EndScreen() {
    }

    public static List<String> lines(RunRecord record, RunVerdict verdict, Duration elapsed, Places places) {
        List<String> lines = new ArrayList<>();
        lines.add("──── run " + record.runId() + " of suite " + record.suite() + " on " + record.target() + ": "
                + outcome(record, verdict) + " in " + Units.human(elapsed) + " ────");
        lines.add("cases:   " + counts(record.cases().stream().map(RunRecord.CaseRecord::verdict).toList()));
        lines.add("checks:  " + (record.checks().isEmpty() ? "none"
                : counts(record.checks().stream().map(RunRecord.CheckRecord::verdict).toList())));
        slowest(record).ifPresent(lines::add);
        if (verdict.message() != null) {
            lines.add(verdict.message());
        }
        lines.add("summary: " + (places.summary() == null ? "none (no case produced results)"
                : shown(places, places.summary())));
        lines.add("results: " + shown(places, places.results()));
        String report = shown(places, places.allureReport());
        lines.add("report:  " + report + " (Allure; mvn verify writes it after the tests), open it with");
        if (places.allureCli() != null) {
            lines.add("  " + shown(places, places.allureCli()) + " open " + report);
        }
        lines.add("  python3 -m http.server -d " + report + " 8080   and browse http://localhost:8080");
        return lines;
    }

    private static String outcome(RunRecord record, RunVerdict verdict) {
        return switch (verdict.kind()) {
            case INTERRUPTED -> "INTERRUPTED";
            case NOTHING_RAN -> verdict.fails() ? "NOTHING RAN" : "nothing ran (allowed)";
            case COMPLETED -> Stream.concat(record.cases().stream().map(RunRecord.CaseRecord::verdict),
                    record.checks().stream().map(RunRecord.CheckRecord::verdict))
                    .anyMatch(v -> v.equals("failed") || v.equals("broken")) ? "FAILED" : "PASSED";
        };
    }

    /** {@code 7 passed · 1 failed · 0 broken · 1 skipped (of 9)}. */
    private static String counts(List<String> verdicts) {
        return VERDICTS.stream().map(v -> verdicts.stream().filter(v::equals).count() + " " + v)
                .collect(Collectors.joining(" · ")) + " (of " + verdicts.size() + ")";
    }

    private static Optional<String> slowest(RunRecord record) {
        List<RunRecord.CaseRecord> timed = record.cases().stream().filter(c -> c.wallSeconds() != null)
                .sorted(Comparator.comparing(RunRecord.CaseRecord::wallSeconds).reversed()).limit(SLOWEST).toList();
        if (timed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("slowest: " + timed.stream().map(c -> c.engine() + " · " + c.workload() + " "
                + String.format(Locale.ROOT, "%.1f s", c.wallSeconds())).collect(Collectors.joining(", ")));
    }

    private static String shown(Places places, Path path) {
        Path base = places.basedir().toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(base) && !absolute.equals(base) ? base.relativize(absolute).toString()
                : absolute.toString();
    }
}
