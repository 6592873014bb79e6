package org.storageharness.suite.load;

import org.storageharness.suite.CheckKind;
import org.storageharness.suite.ChecksSpec;
import org.storageharness.suite.Problem;
import org.storageharness.suite.Units;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code checks: {run: [snapshot, persistence, failover, clone, expansion], dataSize: 64m, snapshotTimeout: 5m,
 * resizeTimeout: 5m, failover: {warmup: 10s, window: 60s, rebuildBeforeFault: 10m, writerIops: 2000}}}.
 * {@code writerIops} caps the failover writer's load job (default: no cap).
 */
final class ChecksReader {

    private static final Set<String> KEYS = Set.of("run", "dataSize", "snapshotTimeout", "resizeTimeout",
            "failover");
    private static final Set<String> FAILOVER_KEYS = Set.of("warmup", "window", "rebuildBeforeFault",
            "writerIops");

    private ChecksReader() {
    }

    static ChecksSpec read(Fields top, List<Problem> problems) {
        ChecksSpec d = ChecksSpec.none();
        if (!top.has("checks")) {
            return d;
        }
        Fields f = Fields.of(top.node("checks"), KEYS, problems);
        List<String> run = f.has("run") ? f.strings("run") : CheckKind.ids();
        run.stream().filter(c -> CheckKind.parse(c).isEmpty()).forEach(c -> f.report("run",
                "unknown check [" + c + "]; allowed: " + CheckKind.ids()));
        long bytes = dataBytes(f, d.dataBytes());
        Duration snapshot = or(f.duration("snapshotTimeout"), d.snapshotTimeout());
        Duration resize = or(f.duration("resizeTimeout"), d.resizeTimeout());
        Fields failover = f.has("failover") ? Fields.of(f.node("failover"), FAILOVER_KEYS, problems) : null;
        Duration warmup = failover == null ? d.warmup() : or(failover.duration("warmup"), d.warmup());
        Duration window = failover == null ? d.window() : or(failover.duration("window"), d.window());
        Duration rebuild = failover == null ? d.rebuildBeforeFault()
                : or(failover.duration("rebuildBeforeFault"), d.rebuildBeforeFault());
        int writerIops = failover == null ? d.writerIops() : failover.integer("writerIops", d.writerIops(), 1);
        return new ChecksSpec(run.stream().map(CheckKind::parse).flatMap(Optional::stream).toList(), bytes, snapshot,
                warmup, window, rebuild, resize, writerIops);
    }

    private static long dataBytes(Fields f, long fallback) {
        String text = f.string("dataSize", null);
        if (text == null) {
            return fallback;
        }
        long bytes = Units.sizeBytes(text).orElse(-1);
        if (bytes <= 0 || bytes % (64 * 1024) != 0) {
            f.report("dataSize", "expected a size that is a multiple of 64 KiB such as [64m] or [1g] but was ["
                    + text + "]");
            return fallback;
        }
        return bytes;
    }

    private static Duration or(Duration value, Duration fallback) {
        return value == null ? fallback : value;
    }
}
