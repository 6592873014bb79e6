package org.storageharness.platform.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storageharness.check.CheckOutcome;
import org.storageharness.check.CheckSteps;
import org.storageharness.check.FaultPermission;
import org.storageharness.check.VolumeCheck;
import org.storageharness.check.VolumeLab;
import org.storageharness.run.RunSession;
import org.storageharness.suite.CheckKind;
import org.storageharness.suite.EngineSpec;
import org.storageharness.testing.RequiresFio;
import org.storageharness.settings.RunSettings;

/** The failover check's permission rules and its three fault modes on the simulated cluster. */
@Tag("simulated-cluster")
@RequiresFio
class FailoverModesTest {

    @TempDir
    Path dir;

    private static FaultPermission permission(String... kv) {
        Properties p = new Properties();
        p.setProperty("faults", "allow");
        for (int i = 0; i < kv.length; i += 2) {
            p.setProperty(kv[i], kv[i + 1]);
        }
        return RunSettings.from(p, Map.of()).faults();
    }

    private static CheckOutcome failover(RunSession session, Path at) throws InterruptedException {
        EngineSpec engine = session.suite().engines().get(0);
        try (VolumeLab lab = session.checks().lab(engine, CheckKind.FAILOVER)) {
            return VolumeCheck.of(CheckKind.FAILOVER, lab, session.suite().checks(), engine, at, CheckSteps.NONE, 0x5eed10,
                    session.checks().faults()).run();
        }
    }

    @Test
    void withoutPermissionTheFailoverCheckIsSkippedAndSaysHowToAllowIt() throws Exception {
        try (ChecksBed bed = new ChecksBed(dir)) {
            RunSession session = bed.open(dir.resolve("out"));
            session.checks().allowFaults(FaultPermission.NONE);
            CheckOutcome outcome = failover(session, dir.resolve("c"));
            session.close();

            assertThat(outcome).isInstanceOfSatisfying(CheckOutcome.Skipped.class,
                    s -> assertThat(s.reason()).contains("-Dfaults=allow", "-Dfaults.nodes"));
            assertThat(bed.bed.harnessObjects()).isEmpty();
        }
    }

    @Test
    void aReplicaFaultNeverHitsANodeOutsideTheAllowList() throws Exception {
        try (ChecksBed bed = new ChecksBed(dir)) {
            RunSession session = bed.open(dir.resolve("out"));
            session.checks().allowFaults(permission("faults.nodes", "node-9"));
            CheckOutcome outcome = failover(session, dir.resolve("c"));
            session.close();

            assertThat(outcome).isInstanceOfSatisfying(CheckOutcome.Skipped.class,
                    s -> assertThat(s.reason()).contains("no replica node may be faulted", "[node-9]"));
            assertThat(bed.bed.harnessObjects()).isEmpty();
        }
    }

    @Test
    void drainMovesTheWriterToAnotherNodeAndUncordonsAfter() throws Exception {
        try (ChecksBed bed = new ChecksBed(dir)) {
            RunSession session = bed.open(dir.resolve("out"));
            session.checks().allowFaults(permission("faults.nodes", "node-1,node-2,node-3", "faults.mode", "drain"));
            CheckOutcome outcome = failover(session, dir.resolve("c"));
            session.close();

            assertThat(outcome).isInstanceOfSatisfying(CheckOutcome.Done.class, d -> {
                assertThat(d.failures()).isEmpty();
                assertThat(d.notes()).anySatisfy(n -> assertThat(n).contains("the writer moved from node"));
                assertThat(d.metrics()).containsKeys("failover.stall_s", "failover.time_to_healthy_s");
            });
            assertThat(bed.bed.harnessObjects()).as("no cordoned node, no object left").isEmpty();
        }
    }

    @Test
    void theUsersNodeFaultCommandRunsWithTheNodeAndItsUndoAlways() throws Exception {
        Path state = dir.resolve("power.log");
        try (ChecksBed bed = new ChecksBed(dir)) {
            RunSession session = bed.open(dir.resolve("out"));
            session.checks().allowFaults(permission("faults.nodes", "node-1,node-2,node-3", "faults.mode", "command",
                    "faults.command", "echo off $NODE >> " + state, "faults.undo", "echo on $NODE >> " + state));
            CheckOutcome outcome = failover(session, dir.resolve("c"));
            session.close();

            assertThat(outcome).isInstanceOf(CheckOutcome.Done.class);
            assertThat(Files.readAllLines(state)).hasSize(2).satisfies(lines -> {
                assertThat(lines.get(0)).startsWith("off node-");
                assertThat(lines.get(1)).isEqualTo(lines.get(0).replace("off", "on"));
            });
        }
    }

    @Test
    void anInterruptDuringADrainUncordonsTheNodeAndLeavesNothing() throws Exception {
        try (ChecksBed bed = new ChecksBed(dir)) {
            RunSession session = bed.open(dir.resolve("out"));
            session.checks().allowFaults(permission("faults.nodes", "node-1,node-2,node-3", "faults.mode", "drain"));
            AtomicReference<Throwable> ended = new AtomicReference<>();
            Thread check = new Thread(() -> {
                try {
                    failover(session, dir.resolve("c"));
                } catch (Throwable t) {
                    ended.set(t);
                }
            });
            check.start();
            await("a node cordoned by the drain").atMost(Duration.ofSeconds(60)).until(() -> bed.bed.cluster.client()
                    .nodes().list().getItems().stream().anyMatch(n -> Boolean.TRUE.equals(n.getSpec()
                            .getUnschedulable())));
            check.interrupt();
            check.join(Duration.ofSeconds(60).toMillis());
            session.close();

            assertThat(check.isAlive()).isFalse();
            assertThat(bed.bed.harnessObjects()).as("no cordoned node, no object left").isEmpty();
        }
    }
}
