package org.storageharness.suite;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The suite's correctness checks ({@code checks:}): which run, on how much golden data, and how the failover check
 * loads the volume. Per-engine limits (longest stall, time to healthy) are engine traits.
 *
 * @param run the checks to run; empty when the suite has none
 * @param dataBytes size of the golden data set each check writes and verifies
 * @param snapshotTimeout bound for a snapshot to be ready and for a restored volume to be bound
 * @param warmup how long the writer runs before the fault is injected
 * @param window how long the writer keeps writing after the fault at least (the fault's observation window)
 * @param rebuildBeforeFault how long the volume may take to be healthy before the fault (initial replica sync)
 * @param resizeTimeout bound for an expanded claim to report its new capacity with no filesystem resize pending
 * @param writerIops the IOPS cap of the failover writer's load job; 0: as fast as the volume takes it
 */
public record ChecksSpec(List<CheckKind> run, long dataBytes, Duration snapshotTimeout, Duration warmup,
                         Duration window, Duration rebuildBeforeFault, Duration resizeTimeout, int writerIops) {

    public ChecksSpec {
        run = List.copyOf(run);
        Objects.requireNonNull(snapshotTimeout);
        Objects.requireNonNull(warmup);
        Objects.requireNonNull(window);
        Objects.requireNonNull(rebuildBeforeFault);
        Objects.requireNonNull(resizeTimeout);
        if (writerIops < 0) {
            throw new IllegalArgumentException("the failover writer's IOPS cap must be >= 0 (0: no cap)");
        }
        if (dataBytes <= 0 || dataBytes % (64 * 1024) != 0) {
            throw new IllegalArgumentException("golden data size must be a positive multiple of 64 KiB");
        }
    }

    public static ChecksSpec none() {
        return new ChecksSpec(List.of(), 64L << 20, Duration.ofMinutes(5), Duration.ofSeconds(10),
                Duration.ofSeconds(60), Duration.ofMinutes(10), Duration.ofMinutes(5), 0);
    }

    public boolean runs(CheckKind check) {
        return run.contains(check);
    }
}
