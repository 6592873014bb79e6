package org.storageharness.junit;

import io.qameta.allure.Allure;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.storageharness.report.AllureEvidence;
import org.storageharness.report.AllureLabels;
import org.storageharness.report.CaseTable;
import org.storageharness.report.curve.LoadCurveTables;
import org.storageharness.report.SteadyNotes;
import org.storageharness.run.BenchmarkCase;
import org.storageharness.run.CaseOutcome;
import org.storageharness.run.CaseResult;
import org.storageharness.run.RunSession;
import org.storageharness.suite.Threshold;

/** Runs a case inside a test and turns its outcome into JUnit's verdicts: skipped, failed (thresholds) or passed. */
public final class BenchmarkTests {

    private BenchmarkTests() {
    }

    public static void benchmark(RunSession session, BenchmarkCase c) throws InterruptedException {
        Allure.getLifecycle().updateTestCase(tc -> tc.setName(c.name()));
        AllureLabels.benchmark(session.suite().name(), c.engine().id(), c.workload().id()).applyToRunningTest();
        Allure.label("workload", c.workload().id());
        c.engine().nodeVolume().ifPresent(n -> {
            Allure.label("tag", "node baseline");
            Allure.parameter("node baseline", n.describe());
        });
        Allure.description(c.workload().description());
        AllureEvidence evidence = new AllureEvidence();
        CaseOutcome outcome = session.run(c, evidence);
        if (outcome instanceof CaseOutcome.Skipped skipped) {
            Assumptions.abort(skipped.reason());
        }
        CaseResult result = ((CaseOutcome.Done) outcome).result();
        List<Threshold> thresholds = session.suite().thresholdsFor(c.engine().id(), c.workload().id());
        evidence.attachText("metrics", "text/html", CaseTable.html(result, thresholds));
        Allure.descriptionHtml(LoadCurveTables.caseHtml(result) + SteadyNotes.caseHtml(result)
                + CaseTable.description(c.workload().description(), result, thresholds));
        String failure = ((CaseOutcome.Done) outcome).failure();
        if (failure != null) {
            Assertions.fail(failure);
        }
    }
}
