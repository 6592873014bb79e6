package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.Quantity;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What a container (or the pods of a node) used: CPU in nanocores over {@code window}, memory as resident bytes.
 *
 * @param window the span the CPU rate was measured over; never null
 */
record ResourceUsage(long cpuNanoCores, long memoryBytes, Duration window) {

    /** metrics-server's default resolution: the window reported for usage that was set rather than measured. */
    static final Duration RESOLUTION = Duration.ofSeconds(15);
    static final ResourceUsage NONE = new ResourceUsage(0, 0, RESOLUTION);

    private static final long MIB = 1024L * 1024L;

    ResourceUsage {
        if (cpuNanoCores < 0 || memoryBytes < 0) {
            throw new IllegalArgumentException("resource usage cannot be negative [cpu " + cpuNanoCores
                    + " nanocores, memory " + memoryBytes + " bytes]");
        }
        Objects.requireNonNull(window, "window");
    }

    /** Usage set by a test: {@code cpuCores} cores (0.25 = 250m) and {@code memoryMiB} MiB. */
    static ResourceUsage of(double cpuCores, long memoryMiB) {
        if (!Double.isFinite(cpuCores) || cpuCores < 0 || memoryMiB < 0) {
            throw new IllegalArgumentException("an engine pod's usage must be a finite amount of at least 0 [cpu "
                    + cpuCores + " cores, memory " + memoryMiB + " MiB]; pass 0 for an idle pod");
        }
        return new ResourceUsage(Math.round(cpuCores * 1e9), Math.multiplyExact(memoryMiB, MIB), RESOLUTION);
    }

    /** The sum, over the longer of the two windows. */
    ResourceUsage plus(ResourceUsage other) {
        Duration longer = window.compareTo(other.window) >= 0 ? window : other.window;
        return new ResourceUsage(cpuNanoCores + other.cpuNanoCores, memoryBytes + other.memoryBytes, longer);
    }

    /** As metrics-server writes usage: CPU in nanocores ({@code n}), memory in kibibytes ({@code Ki}). */
    Map<String, Quantity> quantities() {
        return Map.of("cpu", new Quantity(Long.toString(cpuNanoCores), "n"),
                "memory", new Quantity(Long.toString(memoryBytes / 1024), "Ki"));
    }
}
