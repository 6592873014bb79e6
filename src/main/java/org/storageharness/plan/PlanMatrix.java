package org.storageharness.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.storageharness.suite.CheckKind;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.Suite;
import org.storageharness.suite.Units;
import org.storageharness.suite.WorkloadSpec;

/**
 * Engines × workloads × checks, each runnable or skipped with the reason: a table with one row per engine and the
 * reasons numbered below it, since one reason often covers a whole row.
 */
final class PlanMatrix {

    /**
     * One engine's row.
     *
     * @param skip why the engine does not run here at all; empty when it does
     * @param checks why each of the suite's checks is skipped on it; empty when the check runs
     */
    record Row(EngineSpec engine, Optional<String> skip, Map<CheckKind, Optional<String>> checks) {

        Row {
            checks = Collections.unmodifiableMap(new LinkedHashMap<>(checks)); // in the suite's order
        }

        /** A row where every check of {@code suite} shares one answer. */
        static Row uniform(Suite suite, EngineSpec engine, Optional<String> skip, Optional<String> checks) {
            Map<CheckKind, Optional<String>> answers = new LinkedHashMap<>();
            suite.checks().run().forEach(c -> answers.put(c, skip.or(() -> checks)));
            return new Row(engine, skip, answers);
        }

        boolean runs() {
            return skip.isEmpty();
        }
    }

    private PlanMatrix() {
    }

    static PlanParts.Section section(Suite suite, List<Row> rows) {
        Map<String, Integer> reasons = new LinkedHashMap<>();
        List<CheckKind> checks = suite.checks().run();
        StringBuilder md = new StringBuilder(workloads(suite)).append("\n\n| engine | workloads |");
        checks.forEach(c -> md.append(' ').append(c.id()).append(" |"));
        md.append("\n|---|---|").append("---|".repeat(checks.size())).append('\n');
        for (Row row : rows) {
            md.append("| ").append(row.engine().id()).append(" | ")
                    .append(cell(row.skip(), suite.workloads().size() + " of " + suite.workloads().size(), reasons))
                    .append(" |");
            checks.forEach(c -> md.append(' ').append(cell(row.checks().get(c), "runs", reasons)).append(" |"));
            md.append('\n');
        }
        if (!reasons.isEmpty()) {
            md.append('\n');
            reasons.forEach((reason, n) -> md.append("[").append(n).append("] ").append(reason).append("  \n"));
        }
        return new PlanParts.Section("What runs", md.toString());
    }

    private static String cell(Optional<String> skip, String runs, Map<String, Integer> reasons) {
        return skip.map(r -> "skipped [" + reasons.computeIfAbsent(r, k -> reasons.size() + 1) + "]").orElse(runs);
    }

    private static String workloads(Suite suite) {
        return "Workloads, each " + suite.repetitions() + " time(s) per engine: " + suite.workloads().stream()
                .map(PlanMatrix::workload).collect(Collectors.joining(", ")) + "."
                + (suite.checks().run().isEmpty() ? " No correctness checks." : "");
    }

    private static String workload(WorkloadSpec w) {
        String runtime = w.runtime() == null ? "untimed" : Units.human(w.runtime());
        String size = w.isJobFile() ? "job file " + w.jobFile().getFileName() : w.options().getOrDefault("size", "?");
        return "`" + w.id() + "` (" + runtime + ", " + size + (w.fanOut() > 1 ? ", " + w.fanOut() + " nodes" : "")
                + ")";
    }
}
