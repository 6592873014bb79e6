package org.storageharness.report;

import io.qameta.allure.Allure;
import io.qameta.allure.model.Label;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a result sits in Allure's trees: <em>Suites</em> (parentSuite › suite › subSuite = {@code suite <name>} ›
 * engine › workload, check or gate) and <em>Behaviors</em> (epic › feature › story = suite › kind of test ›
 * engine).
 * The JUnit adapter labels every result with its Java class as {@code suite}; a second {@code suite} label would list
 * each case twice, so these labels replace the adapter's instead of adding to them.
 *
 * @param subSuite  null for none (the run summary)
 * @param story     null for none (the run summary)
 */
public record AllureLabels(String parentSuite, String suite, String subSuite, String epic, String feature,
                           String story) {

    /** The label kinds this record owns: any other label of these kinds is dropped. */
    static final Set<String> KINDS = Set.of("parentSuite", "suite", "subSuite", "epic", "feature", "story");

    public static AllureLabels benchmark(String suiteName, String engine, String workload) {
        return new AllureLabels("suite " + suiteName, engine, workload, "suite " + suiteName, "benchmark", engine);
    }

    public static AllureLabels check(String suiteName, String engine, String check) {
        return new AllureLabels("suite " + suiteName, engine, check, "suite " + suiteName, "correctness", engine);
    }

    public static AllureLabels upgradeGate(String suiteName, String engine) {
        return new AllureLabels("suite " + suiteName, engine, "upgrade gate", "suite " + suiteName, "upgrade gate",
                engine);
    }

    public static AllureLabels summary(String suiteName) {
        return new AllureLabels("suite " + suiteName, "Run summary", null, "suite " + suiteName, "summary", null);
    }

    /** Puts these labels on the test that is running, in place of the adapter's; call it inside the test. */
    public void applyToRunningTest() {
        Allure.getLifecycle().updateTestCase(tc -> tc.setLabels(replace(tc.getLabels())));
    }

    /** {@code labels} without any of the kinds this record owns, followed by this record's labels. */
    public List<Label> replace(List<Label> labels) {
        List<Label> out = new ArrayList<>();
        labels.stream().filter(l -> !KINDS.contains(l.getName())).forEach(out::add);
        add(out, "parentSuite", parentSuite);
        add(out, "suite", suite);
        add(out, "subSuite", subSuite);
        add(out, "epic", epic);
        add(out, "feature", feature);
        add(out, "story", story);
        return out;
    }

    private static void add(List<Label> labels, String name, String value) {
        if (value != null) {
            labels.add(new Label().setName(name).setValue(value));
        }
    }
}
