package org.storageharness.junit;

import io.qameta.allure.Allure;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.storageharness.check.CheckOutcome;
import org.storageharness.check.VolumeCheck;
import org.storageharness.check.VolumeLab;
import org.storageharness.report.AllureEvidence;
import org.storageharness.report.AllureLabels;
import org.storageharness.report.CheckCaseTable;
import org.storageharness.run.RunSession;
import org.storageharness.run.CheckStepEvidence;
import org.storageharness.suite.CheckKind;
import org.storageharness.suite.EngineSpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.storageharness.report.IopsTimeChart;
import org.storageharness.report.RebuildChart;
import org.storageharness.report.RenderedChart;
import java.nio.charset.StandardCharsets;

/** Runs a correctness check inside a test: skipped with its reason, failed on a broken promise, or passed. */
public final class CheckTests {

    private CheckTests() {
    }

    public static void run(RunSession session, EngineSpec engine, CheckKind check) throws InterruptedException {
        String name = check.id() + " · " + engine.id();
        Allure.getLifecycle().updateTestCase(tc -> tc.setName(name));
        AllureLabels.check(session.suite().name(), engine.id(), check.id()).applyToRunningTest();
        AllureEvidence evidence = new AllureEvidence();
        evidence.parameter("engine", engine.id());
        evidence.parameter("check", check.id());
        evidence.parameter("target", session.targetId());
        var skip = session.stops().skipReason().or(() -> session.checks().unsupported())
                .or(() -> session.checks().skipReason(engine));
        if (skip.isPresent()) {
            session.checks().record(engine.id(), check, new CheckOutcome.Skipped(skip.get()));
            Assumptions.abort(skip.get());
        }
        CheckOutcome outcome;
        try {
            outcome = session.stops().run(name, () -> execute(session, engine, check, evidence));
        } catch (RuntimeException | InterruptedException e) {
            session.checks().recordBroken(engine.id(), check, e);
            throw e;
        }
        if (outcome instanceof CheckOutcome.Done ran) {
            outcome = session.checks().judge(evidence, session.targetId(), engine.id(), check, ran);
        }
        session.checks().record(engine.id(), check, outcome);
        if (outcome instanceof CheckOutcome.Skipped skipped) {
            Assumptions.abort(skipped.reason());
        }
        CheckOutcome.Done done = (CheckOutcome.Done) outcome;
        Allure.descriptionHtml(CheckCaseTable.html(check, engine, done));
        session.log().accept("check " + name + ": " + (done.passed() ? "passed" : "FAILED") + " " + done.metrics());
        if (!done.passed()) {
            Assertions.fail(String.join("\n", done.failures()));
        }
    }

    /** Every per-second IOPS series of the check (the failover writer's) and its rebuild's progress as charts. */
    private static void attachCharts(Path dir, String title) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted().forEach(f -> {
                String name = f.getFileName().toString();
                if (name.equals("iops-per-second.csv")) {
                    IopsTimeChart.chart(f, title + " · writer IOPS per second").ifPresent(c -> attach(dir, f,
                            " IOPS per second", c));
                } else if (name.equals(RebuildChart.CSV)) {
                    RebuildChart.chart(f, title + " · rebuild progress").ifPresent(c -> attach(dir, f,
                            " rebuild progress", c));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read [" + dir + "]", e);
        }
    }

    private static void attach(Path dir, Path csv, String what, RenderedChart chart) {
        String name = dir.relativize(csv.getParent()) + what;
        Allure.addAttachment(name, "image/png", new ByteArrayInputStream(chart.png()), ".png");
        Allure.addAttachment(name + " (SVG)", "image/svg+xml", new ByteArrayInputStream(chart.svg()
                .getBytes(StandardCharsets.UTF_8)), ".svg");
    }

    private static CheckOutcome execute(RunSession session, EngineSpec engine, CheckKind check,
                                        AllureEvidence evidence) throws InterruptedException {
        Path dir = session.outputDir().resolve("checks").resolve(engine.id()).resolve(check.id());
        int generation = Math.abs((session.runId() + "/" + engine.id() + "/" + check.id()).hashCode()) & 0x7ffffff0;
        session.log().accept("check " + check.id() + " · " + engine.id() + ": starting");
        CheckStepEvidence steps = new CheckStepEvidence(evidence, dir);
        try (VolumeLab lab = session.checks().lab(engine, check)) {
            return VolumeCheck.of(check, lab, session.suite().checks(), engine, dir, steps, generation,
                    session.checks().faults()).run();
        } finally {
            steps.attachRest();
            attachCharts(dir, engine.id() + " · " + check.id());
        }
    }
}
