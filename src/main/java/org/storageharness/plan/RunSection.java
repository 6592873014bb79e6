package org.storageharness.plan;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.storageharness.gate.BaselineFiles;
import org.storageharness.platform.select.PlatformChoice;
import org.storageharness.settings.RunSettings;
import org.storageharness.suite.ConfigurationException;
import org.storageharness.suite.Suite;

/** The run as a whole: suite, platform and why, and what it compares with or records (baseline, upgrade gate). */
final class RunSection {

    private RunSection() {
    }

    static PlanParts plan(Suite suite, RunSettings settings, PlatformChoice choice) {
        List<String> problems = new ArrayList<>();
        StringBuilder md = new StringBuilder("Suite `").append(suite.name()).append("` (").append(suite.file())
                .append("): ").append(suite.engines().size()).append(" engine(s) × ").append(suite.workloads().size())
                .append(" workload(s), ").append(suite.repetitions()).append(" repetition(s).  \n")
                .append("Platform: ").append(choice.reason()).append(".  \n").append(baseline(settings, problems));
        if (settings.gate().upgrade()) {
            var state = settings.gate().stateFile(suite.name());
            md.append("  \nUpgrade gate: ").append(Files.exists(state) ? "verifies the golden data seeded before the"
                    + " upgrade, recorded in `" + state + "`" : "seeds golden data on each engine, recorded in `"
                    + state + "`");
        }
        return PlanParts.section("Run", md.append('\n').toString()).and(PlanParts.problems(problems));
    }

    private static String baseline(RunSettings settings, List<String> problems) {
        var file = settings.baseline().file();
        if (file == null) {
            return "Baseline: none.";
        }
        if (settings.baseline().update()) {
            return "Baseline: the run is recorded into `" + file + "`" + (Files.exists(file) ? " (its cases replaced)"
                    : " (created)") + ".";
        }
        try {
            BaselineFiles.read(file);
            return "Baseline: every case is compared with `" + file + "`.";
        } catch (ConfigurationException e) {
            problems.add(e.getMessage().replaceFirst("^Configuration error: ", ""));
            return "Baseline: `" + file + "` cannot be read.";
        }
    }
}
