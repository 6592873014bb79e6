package org.storageharness.platform.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.check.CheckOutcome;
import org.storageharness.check.CheckSteps;
import org.storageharness.check.VolumeCheck;
import org.storageharness.check.VolumeLab;
import org.storageharness.gate.BaselineFiles;
import org.storageharness.gate.GateRules;
import org.storageharness.gate.CheckBaselineGate;
import org.storageharness.report.RebuildChart;
import org.storageharness.results.RunRecord;
import org.storageharness.run.BaselineCheckGate;
import org.storageharness.run.EvidenceSink;
import org.storageharness.run.RunSession;
import org.storageharness.suite.CheckKind;
import org.storageharness.suite.EngineSpec;
import org.storageharness.testing.RequiresFio;

/**
 * The failover check's rebuild figures against the simulated engine's configured copy rate, a stalled rebuild's
 * plateau, and the checks' baseline gate: a longer stall that stays under {@code maxStall} is a {@code Regression:}.
 */
@Tag("simulated-cluster")
@RequiresFio
class FailoverRebuildTest {

    /** MiB/s the simulated engine copies a replacement replica at. */
    private static final double RATE = 64;
    /**
     * How close the measured rate must be: polls every 250 ms see whole percents written every 100 ms by a control loop
     * that is busiest as the rebuild starts, so early samples lag more; on a loaded 2-core machine runs measured
     * 62.7–72.3 MiB/s for 64.
     */
    private static final double RATE_TOLERANCE = 0.20;

    @TempDir
    Path dir;

    @Test
    void rebuildRateMatchesTheEngineAndALongerStallIsARegressionOfItsBaseline() throws Exception {
        try (ChecksBed bed = new ChecksBed(dir)) {
            bed.engine.rebuildRate(RATE);
            RunSession session = bed.open(dir.resolve("out"));
            try {
                EngineSpec engine = bed.suite.engines().get(0);
                CheckOutcome.Done before = failover(session, engine, dir.resolve("before"));
                assertThat(before.passed()).as(before.failures() + "\n" + Files.readString(csv(dir.resolve("before"))))
                        .isTrue();
                double mib = volumeMib(csv(dir.resolve("before")));
                System.out.printf(java.util.Locale.ROOT, "rebuild of %.0f MiB configured at %.0f MiB/s: measured"
                        + " rebuild.mib_per_s=%.2f rebuild.s=%.2f (ideal %.2f s)%n", mib, RATE,
                        before.metrics().get("rebuild.mib_per_s"), before.metrics().get("rebuild.s"), mib / RATE);
                assertThat(before.metrics().get("rebuild.mib_per_s")).as("measured rebuild rate, configured " + RATE
                        + " MiB/s").isCloseTo(RATE, within(RATE * RATE_TOLERANCE));
                assertThat(before.metrics().get("rebuild.s")).as("rebuild time of " + mib + " MiB at " + RATE
                        + " MiB/s").isCloseTo(mib / RATE, within(mib / RATE * 0.25 + 0.3));
                assertThat(RebuildChart.chart(csv(dir.resolve("before")), "rebuild")).isPresent();

                Path baseline = dir.resolve("baseline.json");
                BaselineFiles.update(baseline, new RunRecord(RunRecord.SCHEMA, 1, "baseline-run", "t0", "t1",
                        bed.suite.name(), session.targetId(), 1, Map.of(), List.of(), List.of(new RunRecord
                        .CheckRecord(engine.id(), "failover", "passed", null, before.metrics(), before.notes()))));
                session.checks().gate(new BaselineCheckGate(new CheckBaselineGate(BaselineFiles.read(baseline),
                        GateRules.defaults())));
                // 3 s frozen: under the suite's failover.maxStall [5 s], beyond the baseline's stall + 1 s floor.
                bed.engine.failoverStall(Duration.ofSeconds(3));
                CheckOutcome.Done after = failover(session, engine, dir.resolve("after"));
                assertThat(after.failures()).as("the check's own limits").isEmpty();
                CheckOutcome.Done judged = session.checks().judge(EvidenceSink.NONE, session.targetId(), engine.id(),
                        CheckKind.FAILOVER, after);
                assertThat(judged.failures()).anySatisfy(f -> assertThat(f)
                        .startsWith("Regression: failover.stall_s of failover · longhorn-sim is")
                        .contains("[run baseline-run]"));
            } finally {
                session.close();
            }
            assertThat(bed.bed.harnessObjects()).isEmpty();
        }
    }

    @Test
    void aRebuildStalledHalfwayFailsTimeToHealthyAndItsProgressShowsThePlateau() throws Exception {
        try (ChecksBed bed = new ChecksBed(dir)) {
            bed.engine.rebuildRate(RATE).rebuildStallsAt(50);
            RunSession session = bed.open(dir.resolve("out"));
            try {
                CheckOutcome.Done done = failover(session, bed.suite.engines().get(0), dir.resolve("stalled"));
                assertThat(done.failures()).singleElement().satisfies(f -> assertThat(f)
                        .startsWith("Threshold violated: longhorn-sim · failover the volume was not healthy again"));
                assertThat(done.metrics()).doesNotContainKeys("rebuild.s", "rebuild.mib_per_s");
                List<double[]> points = points(csv(dir.resolve("stalled")));
                double[] last = points.get(points.size() - 1);
                assertThat(last[1]).isEqualTo(50);
                double plateauFrom = points.stream().filter(p -> p[1] == 50).mapToDouble(p -> p[0]).min()
                        .orElseThrow();
                assertThat(last[0] - plateauFrom).as("seconds at 50 %").isGreaterThan(1);
                assertThat(RebuildChart.chart(csv(dir.resolve("stalled")), "rebuild")).hasValueSatisfying(c ->
                        assertThat(c.title()).endsWith("not completed"));
            } finally {
                session.close();
            }
        }
    }

    private static CheckOutcome.Done failover(RunSession session, EngineSpec engine, Path at) throws Exception {
        try (VolumeLab lab = session.checks().lab(engine, CheckKind.FAILOVER)) {
            CheckOutcome outcome = VolumeCheck.of(CheckKind.FAILOVER, lab, session.suite().checks(), engine, at,
                    CheckSteps.NONE, 0x5eed00, session.checks().faults()).run();
            assertThat(outcome).isInstanceOf(CheckOutcome.Done.class);
            return (CheckOutcome.Done) outcome;
        }
    }

    private static Path csv(Path at) throws IOException {
        try (Stream<Path> files = Files.walk(at)) {
            return files.filter(f -> f.getFileName().toString().equals(RebuildChart.CSV)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + RebuildChart.CSV + " under " + at));
        }
    }

    private static double volumeMib(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().filter(l -> l.startsWith("# volume_mib="))
                .mapToDouble(l -> Double.parseDouble(l.substring("# volume_mib=".length()))).findFirst()
                .orElseThrow();
    }

    private static List<double[]> points(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().filter(l -> l.matches("[0-9.]+,[0-9.]+"))
                .map(l -> new double[] {Double.parseDouble(l.split(",")[0]), Double.parseDouble(l.split(",")[1])})
                .toList();
    }
}
