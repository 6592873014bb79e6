package org.storageharness.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.storageharness.check.CheckOutcome;
import org.storageharness.lifecycle.Interruption;

/**
 * How the run as a whole ended, beyond the verdicts of its cases: it completed, a signal stopped it, or nothing ran
 * at all (every case and check skipped or filtered away: a run that proves nothing must not pass unnoticed).
 *
 * @param message {@code Interrupted: ...} or {@code Nothing ran: ...}; null when the run completed
 * @param fails whether the run fails for this reason (an interrupted run always, an empty one unless allowed)
 */
public record RunVerdict(Kind kind, String message, boolean fails) {

    /** The three ways a run ends. */
    public enum Kind { COMPLETED, INTERRUPTED, NOTHING_RAN }

    /** @param allowEmpty {@code -Dallow.empty=true}: a run in which nothing ran passes */
    public static RunVerdict of(RunSession session, boolean allowEmpty) {
        var stop = session.stops().interruption().cause();
        if (stop.isPresent()) {
            return new RunVerdict(Kind.INTERRUPTED, interrupted(session, stop.get()), true);
        }
        List<String> skipped = session.verdicts().stream().filter(v -> v.verdict().equals("skipped"))
                .map(CaseVerdict::message).toList();
        List<String> checksSkipped = session.checks().verdicts().stream()
                .filter(v -> v.outcome() instanceof CheckOutcome.Skipped).map(v -> ((CheckOutcome.Skipped)
                        v.outcome()).reason()).toList();
        boolean ran = skipped.size() < session.verdicts().size()
                || checksSkipped.size() < session.checks().verdicts().size();
        if (ran) {
            return new RunVerdict(Kind.COMPLETED, null, false);
        }
        String message = nothingRan(skipped, checksSkipped);
        return allowEmpty ? new RunVerdict(Kind.NOTHING_RAN, message + " (allowed by -Dallow.empty=true)", false)
                : new RunVerdict(Kind.NOTHING_RAN, message + "; -Dallow.empty=true allows a run in which nothing"
                        + " runs", true);
    }

    private static String interrupted(RunSession session, Interruption.Cause stop) {
        long seconds = Math.max(0, Duration.between(session.startedAt(), stop.at()).toSeconds());
        long cases = session.verdicts().stream().filter(v -> RunStops.NOT_RUN.equals(v.message())).count();
        long checks = session.checks().verdicts().stream().filter(v -> v.outcome() instanceof CheckOutcome.Skipped s
                && RunStops.NOT_RUN.equals(s.reason())).count();
        return "Interrupted: run of suite [" + session.suite().name() + "] stopped by " + stop.by() + " after "
                + seconds + " s; not run: " + count(cases, "case") + ", " + count(checks, "check");
    }

    /** {@code Nothing ran: 9 cases skipped: <reason> (7 cases); <reason> (2 cases); 3 checks skipped: ...}. */
    static String nothingRan(List<String> cases, List<String> checks) {
        if (cases.isEmpty() && checks.isEmpty()) {
            return "Nothing ran: no case and no check was started";
        }
        List<String> parts = new ArrayList<>();
        if (!cases.isEmpty()) {
            parts.add(count(cases.size(), "case") + " skipped: " + byReason(cases, "case"));
        }
        if (!checks.isEmpty()) {
            parts.add(count(checks.size(), "check") + " skipped: " + byReason(checks, "check"));
        }
        return "Nothing ran: " + String.join("; ", parts);
    }

    private static String byReason(List<String> reasons, String noun) {
        Map<String, Long> counts = reasons.stream().collect(Collectors.groupingBy(r -> r, LinkedHashMap::new,
                Collectors.counting()));
        return counts.entrySet().stream().map(e -> e.getKey() + " (" + count(e.getValue(), noun) + ")")
                .collect(Collectors.joining("; "));
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
