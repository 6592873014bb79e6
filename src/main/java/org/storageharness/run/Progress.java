package org.storageharness.run;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.storageharness.suite.Units;
import java.util.Locale;

/**
 * Console progress for long runs: which case runs, how long its fio takes, and roughly how long the rest will take
 * (remaining fio time plus the overhead observed so far per case).
 */
final class Progress {

    private final Consumer<String> out;
    private final List<BenchmarkCase> cases;
    private final int repetitions;
    private Duration overheadSum = Duration.ZERO;
    private int finished;

    Progress(Consumer<String> out, List<BenchmarkCase> cases, int repetitions) {
        this.out = out;
        this.cases = cases;
        this.repetitions = repetitions;
    }

    synchronized void starting(BenchmarkCase c) {
        int index = cases.indexOf(c) + 1;
        Duration fio = fioTime(c);
        Duration left = Duration.ZERO;
        for (BenchmarkCase rest : cases.subList(Math.max(0, index - 1), cases.size())) {
            left = left.plus(fioTime(rest)).plus(averageOverhead());
        }
        out.accept(String.format("case %d/%d %s · fio %s%s · about %s left", index, cases.size(),
                c.name(), fio.isZero() ? "untimed" : Units.human(fio), repetitions > 1 ? " (" + repetitions
                        + " repetitions)" : "", Units.human(left)));
    }

    /** @param failure why the case failed (thresholds, regression), or null */
    synchronized void finished(BenchmarkCase c, CaseResult result, double unstableSpread, String failure) {
        finished++;
        overheadSum = overheadSum.plus(result.overhead());
        String verdict = failure == null ? "ok" : failure.lines().filter(l -> l.matches("^[A-Z][a-z ]+:.*"))
                .map(l -> l.substring(0, l.indexOf(':'))).distinct().reduce((a, b) -> a + ", " + b).orElse("failed");
        List<String> unstable = Stability.unstable(result, unstableSpread);
        if (!unstable.isEmpty()) {
            verdict += "; unstable over the repetitions (spread > " + Math.round(unstableSpread * 100) + " %): "
                    + String.join(", ", unstable);
        }
        out.accept(String.format(Locale.ROOT, "case %s done in %.2f s (fio I/O %.2f s,"
                        + " overhead %.2f s): %s", c.name(), result.wallTime().toMillis() / 1000.0,
                result.fioRuntime().toMillis() / 1000.0, result.overhead().toMillis() / 1000.0, verdict));
    }

    Duration fioTime(BenchmarkCase c) {
        Duration runtime = c.workload().runtime();
        return runtime == null ? Duration.ZERO : runtime.multipliedBy(repetitions);
    }

    private Duration averageOverhead() {
        return finished == 0 ? Duration.ofSeconds(1) : overheadSum.dividedBy(finished);
    }
}
