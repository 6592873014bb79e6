package org.storageharness.platform.kube.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.storageharness.engine.FaultHandle;

class RunCleanupTest {

    private static FaultHandle fault(AtomicInteger undone) {
        return new FaultHandle() {
            @Override
            public String description() {
                return "cordoned node n1";
            }

            @Override
            public String node() {
                return "n1";
            }

            @Override
            public void close() {
                undone.incrementAndGet();
            }
        };
    }

    @Test
    void keepLeavesTheObjectsButNeverAFaultInPlace() {
        List<String> log = new ArrayList<>();
        OpenFaults faults = new OpenFaults(log::add);
        AtomicInteger undone = new AtomicInteger();
        faults.track(fault(undone));
        // No janitor: with keep=true it must not be asked to remove anything.
        RunCleanup cleanup = new RunCleanup(null, faults, "ns", "run1", true, true, log::add);
        cleanup.arm();

        cleanup.run();

        assertThat(undone).hasValue(1);
        assertThat(faults.describe()).isEmpty();
        assertThat(log).anyMatch(l -> l.contains("-Dkeep=true") && l.contains("volumesnapshots")
                && l.contains("kubectl delete namespace ns"));
    }

    @Test
    void anInterruptedThreadStillUndoesTheFaultAndKeepsItsInterrupt() {
        OpenFaults faults = new OpenFaults(l -> { });
        AtomicInteger undone = new AtomicInteger();
        FaultHandle tracked = faults.track(fault(undone));
        Thread.currentThread().interrupt();

        tracked.close();

        assertThat(Thread.interrupted()).isTrue();
        assertThat(undone).hasValue(1);
        assertThat(faults.describe()).isEmpty();
    }

    @Test
    void nothingHappensBeforeTheRunCreatedAnything() {
        AtomicInteger undone = new AtomicInteger();
        OpenFaults faults = new OpenFaults(l -> { });
        faults.track(fault(undone));

        new RunCleanup(null, faults, "ns", "run1", true, false, l -> { }).run();

        assertThat(undone).hasValue(0);
    }
}
