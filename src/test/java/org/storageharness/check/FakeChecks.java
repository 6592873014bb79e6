package org.storageharness.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storageharness.engine.Capabilities;
import org.storageharness.engine.EngineTraits;
import org.storageharness.suite.CheckKind;
import org.storageharness.suite.ChecksSpec;
import org.storageharness.suite.EngineSpec;

/** Checks on {@link FakeLab}: its engine, a suite's checks section sized so that each check runs in seconds. */
final class FakeChecks {

    /** Snapshots, clones, expansion, two copies, an adapter; failover limits well above what the fake does when healthy. */
    static final EngineSpec ENGINE = new EngineSpec("fake", "fake", "files in a directory", null, null, "",
            new EngineTraits("fake", new Capabilities(true, 2, false, true, false, true), null, Map.of(), false, "",
                    Map.of(), Duration.ofSeconds(10), Duration.ofSeconds(20)));

    /** 4 MiB of golden data; the failover writer warms up 1 s and writes 2 s past the fault. */
    static final ChecksSpec SPEC = new ChecksSpec(List.of(CheckKind.values()), 4L << 20,
            Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(10),
            Duration.ofSeconds(10), 1000);

    /** Replica faults allowed on every node of the fake lab. */
    static final FaultPermission FAULTS = new FaultPermission(true, Set.copyOf(FakeLab.NODES),
            FaultPermission.Mode.REPLICA, null, null);

    /** The generation of the first golden data set (any: every lab starts empty). */
    static final int GENERATION = 0x5eed20;

    private FakeChecks() {
    }

    /** A check on a lab; what a test runs. */
    @FunctionalInterface
    interface OnLab {
        CheckOutcome run(FakeLab lab) throws InterruptedException;
    }

    /** Runs {@code check} on a new lab in {@code dir} with {@code planted} faults. */
    static CheckOutcome outcome(Path dir, OnLab check, FakeLab.Planted... planted) throws InterruptedException {
        try (FakeLab lab = new FakeLab(dir, planted)) {
            return check.run(lab);
        }
    }

    /** Like {@link #outcome} for a check that must run, not be skipped. */
    static CheckOutcome.Done done(Path dir, OnLab check, FakeLab.Planted... planted) throws InterruptedException {
        CheckOutcome outcome = outcome(dir, check, planted);
        assertThat(outcome).isInstanceOf(CheckOutcome.Done.class);
        return (CheckOutcome.Done) outcome;
    }
}
