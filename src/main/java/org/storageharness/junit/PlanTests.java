package org.storageharness.junit;

import io.qameta.allure.Allure;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.storageharness.plan.Planner;
import org.storageharness.plan.RunPlan;
import org.storageharness.run.Console;
import org.storageharness.settings.RunSettings;
import org.storageharness.suite.ConfigurationException;
import java.io.ByteArrayInputStream;

/**
 * The plan as a test: printed, written to {@code plan.md}, recorded in Allure as the result "plan" (the plan as its
 * description and attachment), and failing with {@code Configuration error: plan: …} when the run could not go ahead.
 */
public final class PlanTests {

    private PlanTests() {
    }

    /**
     * The plan as one dynamic test with {@code -Dplan=true}, else none: a factory, so that runs which do not make the
     * plan show no skipped test for it.
     */
    public static Stream<DynamicTest> plan(RunSettings settings) {
        return settings.plan() ? Stream.of(DynamicTest.dynamicTest("plan", () -> make(settings))) : Stream.empty();
    }

    private static void make(RunSettings settings) {
        Console console = Console.system();
        RunPlan plan;
        try {
            plan = Planner.plan(settings, console);
        } catch (ConfigurationException e) {
            console.error(e.getMessage().strip());
            throw e.printed();
        }
        Allure.getLifecycle().updateTestCase(tc -> tc.setName("plan · " + plan.title()));
        Allure.suite("plan");
        Allure.label("feature", "plan");
        Allure.description(plan.markdown());
        Allure.addAttachment(Planner.FILE, "text/markdown",
                new ByteArrayInputStream(plan.markdown().getBytes(StandardCharsets.UTF_8)), ".md");
        if (!plan.ready()) {
            ConfigurationException notReady = new ConfigurationException("plan: the run could not go ahead; "
                    + plan.problems().size() + " problem(s):\n" + plan.problems().stream().map(p -> "  - " + p)
                    .collect(Collectors.joining("\n")));
            console.error(notReady.getMessage());
            throw notReady.printed();
        }
    }
}
