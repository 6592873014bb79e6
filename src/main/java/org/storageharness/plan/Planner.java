package org.storageharness.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.storageharness.platform.select.PlatformChoice;
import org.storageharness.platform.select.PlatformResolver;
import org.storageharness.results.ResultsHistory;
import org.storageharness.settings.RunSettings;
import org.storageharness.suite.ConfigurationException;
import org.storageharness.suite.Suite;
import org.storageharness.suite.TargetKind;
import org.storageharness.suite.load.SuiteLoader;
import java.util.Locale;

/**
 * Makes the plan of {@code -Dplan=true}: resolves everything a run would (suite, platform, cases, volumes, permissions,
 * duration) without starting fio or creating, changing or deleting anything, prints it as one block, and writes it to
 * {@value #FILE} in the run's output folder.
 */
public final class Planner {

    /** The plan's file in the output folder. */
    public static final String FILE = "plan.md";

    private static final Duration LOCAL_OVERHEAD = Duration.ofSeconds(1);
    private static final Duration CLUSTER_OVERHEAD = Duration.ofSeconds(20);

    private Planner() {
    }

    /**
     * @param console receives the plan, as one block
     * @throws ConfigurationException when the suite or its files are invalid, as a run would stop
     */
    public static RunPlan plan(RunSettings settings, Consumer<String> console) {
        Suite suite = new SuiteLoader(settings.paths().suitesDir(), settings.paths().basedir())
                .load(settings.suite(), settings.overrides());
        RunPlan plan = plan(suite, settings, console);
        Path file = write(settings.paths().output(), plan);
        console.accept(plan.markdown() + "\n(plan written to " + file + ")");
        return plan;
    }

    private static RunPlan plan(Suite suite, RunSettings settings, Consumer<String> console) {
        PlatformChoice choice;
        try {
            choice = PlatformResolver.choose(suite, settings.platform());
        } catch (ConfigurationException e) {
            return new RunPlan("suite " + suite.name() + ", no usable platform", PlanParts.section("Run",
                    "Target " + suite.target().name().toLowerCase(Locale.ROOT) + ": not usable.")
                    .and(PlanParts.problems(List.of(e.getMessage().replaceFirst("^Configuration error: ", "")))));
        }
        String target = target(choice);
        CaseOverhead overhead = CaseOverhead.of(new ResultsHistory(settings.paths().historyDir(), console)
                .runs(suite.name(), target), choice.kind() == TargetKind.LOCAL ? LOCAL_OVERHEAD : CLUSTER_OVERHEAD,
                "suite [" + suite.name() + "] on [" + target + "] in " + settings.paths().historyDir());
        PlanContext ctx = new PlanContext(suite, settings, choice, overhead);
        PlanParts parts = switch (choice.kind()) {
            case KUBECONFIG -> KubePlan.plan(ctx);
            case K3S -> K3sPlan.plan(ctx);
            default -> LocalPlan.plan(ctx);
        };
        return new RunPlan("suite " + suite.name() + " on " + target, RunSection.plan(suite, settings, choice)
                .and(parts));
    }

    /** The target id a run on {@code choice} reports (and its results history is kept under). */
    private static String target(PlatformChoice choice) {
        return switch (choice.kind()) {
            case KUBECONFIG -> "kubeconfig:" + choice.login().context();
            case K3S -> "k3s";
            default -> "local";
        };
    }

    private static Path write(Path output, RunPlan plan) {
        Path file = output.resolve(FILE);
        try {
            Files.createDirectories(output);
            return Files.writeString(file, plan.markdown());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the plan [" + file + "]", e);
        }
    }
}
