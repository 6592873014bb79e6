package org.storageharness.platform.kube;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.check.CheckOutcome;
import org.storageharness.check.CheckSteps;
import org.storageharness.check.VolumeCheck;
import org.storageharness.check.VolumeLab;
import org.storageharness.run.BenchmarkCase;
import org.storageharness.run.CaseOutcome;
import org.storageharness.run.EvidenceSink;
import org.storageharness.run.RunSession;
import org.storageharness.simcluster.SimulatedEngine;
import org.storageharness.suite.CheckKind;
import org.storageharness.suite.EngineSpec;
import org.storageharness.testing.RequiresFio;

/**
 * Every check of the product against every planted fault of the simulated engine: each check must FAIL (not break,
 * not skip) where its fault is planted and PASS everywhere else, the healthy engine included. The matrix is also
 * written to {@code target/planted-faults-matrix.md}. Each row is a simulated cluster of its own, so rows run at
 * once. The checks of a row run one after another: pods of checks running at once would land on other nodes than the
 * volume's last one, which the row that plants "moved volume loses its data" punishes in every check.
 */
@Tag("planted-faults")
@Tag("simulated-cluster")
@RequiresFio
class PlantedFaultsTest {

    /** The correctness checks, each a column; the last column is the benchmark's latency threshold. */
    private static final List<String> VOLUME_CHECKS = List.of("snapshot", "persistence", "failover", "clone",
            "expansion");
    private static final List<String> CHECKS = java.util.stream.Stream.concat(VOLUME_CHECKS.stream(),
            java.util.stream.Stream.of("latency threshold")).toList();

    /** A planted fault: how it is set on the engine, the check that must fail on it, and the failure's category. */
    private record Planted(String name, Consumer<SimulatedEngine> plant, String failing, String category) {
    }

    private static final List<Planted> FAULTS = List.of(
            new Planted("healthy engine", e -> { }, null, null),
            new Planted("snapshot serves live data", SimulatedEngine::snapshotServesLiveData, "snapshot",
                    "Data mismatch"),
            new Planted("restore loses the last writes", e -> e.restoreLosesLastWrites(1 << 20), "snapshot",
                    "Data mismatch"),
            new Planted("moved volume loses its data", SimulatedEngine::reattachLosesData, "persistence",
                    "Data mismatch"),
            new Planted("replica loss loses acknowledged writes",
                    SimulatedEngine::replicaLossLosesAcknowledgedWrites, "failover", "Data mismatch"),
            // Twice the suite's failover.maxStall [5 s]: a frozen writer's gap is at least the freeze, so any stall
            // above the limit is caught; the limit itself leaves room for a drain's stall on a busy machine.
            new Planted("failover stalls I/O 10 s", e -> e.failoverStall(Duration.ofSeconds(10)), "failover",
                    "Threshold violated"),
            new Planted("volume never healthy again", SimulatedEngine::neverHealthy, "failover",
                    "Threshold violated"),
            new Planted("rebuild stalls at 50 %", e -> e.rebuildStallsAt(50), "failover", "Threshold violated"),
            new Planted("latency spike 3 s", e -> e.latencySpike(Duration.ofSeconds(3)), "latency threshold",
                    "Threshold violated"),
            new Planted("clone shares blocks with its source", SimulatedEngine::cloneSharesBlocks, "clone",
                    "Data mismatch"),
            new Planted("resize done but filesystem not grown", SimulatedEngine::resizeDoesNotGrow, "expansion",
                    "Threshold violated"),
            new Planted("resize damages old data", e -> e.resizeDamagesData(1 << 20), "expansion",
                    "Data mismatch"));

    /**
     * Rows run at once: each row has its own simulated cluster and mostly waits (pods, the fault's window, a planted
     * stall), so rows overlap well: twelve rows in two waves. The cells that measure time keep wide margins under that
     * load (a 10 s stall against a 5 s limit, a 3 s spike against 1 s, rebuilds that never end against 5 s).
     */
    private static final int ROWS_AT_ONCE = 6;
    private static final Duration ROW_BOUND = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    @Test
    void everyCheckFailsOnItsPlantedFaultAndPassesOnTheOthers() throws Exception {
        Map<String, Map<String, String>> expected = new LinkedHashMap<>();
        for (Planted fault : FAULTS) {
            Map<String, String> want = new LinkedHashMap<>();
            CHECKS.forEach(c -> want.put(c, c.equals(fault.failing()) ? "FAIL (" + fault.category() + ")" : "PASS"));
            expected.put(fault.name(), want);
        }
        Map<String, Map<String, String>> actual = rows();
        write(actual);
        assertThat(actual).isEqualTo(expected);
    }

    /** Every row, {@value #ROWS_AT_ONCE} at a time, in the order of {@link #FAULTS}. */
    private Map<String, Map<String, String>> rows() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(ROWS_AT_ONCE);
        try {
            List<Future<Map<String, String>>> rows = new ArrayList<>();
            for (Planted fault : FAULTS) {
                rows.add(pool.submit(() -> row(fault)));
            }
            Map<String, Map<String, String>> actual = new LinkedHashMap<>();
            for (int i = 0; i < FAULTS.size(); i++) {
                actual.put(FAULTS.get(i).name(), result(FAULTS.get(i), rows.get(i)));
            }
            return actual;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, String> result(Planted fault, Future<Map<String, String>> row) throws Exception {
        try {
            return row.get(ROW_BOUND.toMinutes(), TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (Exception) e.getCause();
        } catch (TimeoutException e) {
            throw new IllegalStateException("row [" + fault.name() + "] did not finish within [" + ROW_BOUND
                    .toMinutes() + " min]", e);
        }
    }

    private Map<String, String> row(Planted fault) throws Exception {
        Path at = dir.resolve(fault.name().replaceAll("[^a-z0-9]+", "-"));
        Map<String, String> row = new LinkedHashMap<>();
        try (ChecksBed bed = new ChecksBed(at)) {
            fault.plant().accept(bed.engine);
            RunSession session = bed.open(at.resolve("out"));
            try {
                EngineSpec engine = bed.suite.engines().get(0);
                for (String check : VOLUME_CHECKS) {
                    row.put(check, verdict(session, engine, check, at));
                }
                row.put("latency threshold", latency(session, bed));
            } finally {
                session.close();
            }
            assertThat(bed.bed.harnessObjects()).as("harness objects left after [" + fault.name() + "]").isEmpty();
        }
        return row;
    }

    private static String verdict(RunSession session, EngineSpec engine, String check, Path at) {
        CheckOutcome outcome;
        CheckKind kind = CheckKind.parse(check).orElseThrow();
        try (VolumeLab lab = session.checks().lab(engine, kind)) {
            outcome = VolumeCheck.of(kind, lab, session.suite().checks(), engine, at.resolve(check), CheckSteps.NONE,
                    0x5eed00,
                    session.checks().faults()).run();
        } catch (Exception | AssertionError e) {
            return "BROKEN: " + e;
        }
        if (outcome instanceof CheckOutcome.Skipped s) {
            return "SKIPPED: " + s.reason();
        }
        CheckOutcome.Done done = (CheckOutcome.Done) outcome;
        return done.passed() ? "PASS" : failed(done.failures().get(0));
    }

    private static String latency(RunSession session, ChecksBed bed) {
        try {
            CaseOutcome outcome = session.run(new BenchmarkCase(bed.suite.engines().get(0),
                    bed.suite.workloads().get(0)), EvidenceSink.NONE);
            return outcome instanceof CaseOutcome.Done d && d.failure() != null ? failed(d.failure())
                    : outcome instanceof CaseOutcome.Done ? "PASS" : "SKIPPED: " + outcome;
        } catch (Exception e) {
            return "BROKEN: " + e;
        }
    }

    /** FAIL with the category its message's stable prefix gives (as the Allure categories group it). */
    private static String failed(String message) {
        return List.of("Data mismatch", "Threshold violated", "I/O errors").stream()
                .filter(p -> message.startsWith(p + ":")).findFirst().map(p -> "FAIL (" + p + ")")
                .orElse("FAIL without a category: " + message);
    }

    private static void write(Map<String, Map<String, String>> matrix) throws IOException {
        StringBuilder md = new StringBuilder("| planted fault | " + String.join(" | ", CHECKS) + " |\n|---|");
        CHECKS.forEach(c -> md.append("---|"));
        md.append('\n');
        matrix.forEach((fault, row) -> md.append("| ").append(fault).append(" | ")
                .append(String.join(" | ", row.values().stream().map(v -> v.length() > 60 ? v.substring(0, 60) : v)
                        .toList())).append(" |\n"));
        Path out = Path.of(System.getProperty("harness.basedir", ".")).resolve("target/planted-faults-matrix.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
        System.out.println(md);
    }
}
