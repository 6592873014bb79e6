package org.storageharness.plan;

import java.time.Duration;
import java.util.List;
import org.storageharness.platform.kube.pods.VolumeSizing;
import org.storageharness.suite.CheckKind;
import org.storageharness.suite.ChecksSpec;
import org.storageharness.suite.Suite;
import org.storageharness.suite.Units;
import org.storageharness.suite.WorkloadSpec;

/**
 * How long the run would take, per engine and in total: fio's runtime, laying out (local) or pre-filling (cluster) the
 * data, a per-case overhead, and the checks' data passes and pods.
 */
final class DurationEstimate {

    /** Layout, pre-fill and golden data are written at this rate: typical of a disk-backed volume, and said so. */
    static final long WRITE_BYTES_PER_SECOND = 100L << 20;

    private DurationEstimate() {
    }

    /** One engine's figures. */
    private record Line(String engine, int cases, Duration fio, Duration writes, Duration overhead, Duration checks) {

        Duration total(boolean writesInOverhead) {
            return fio.plus(writesInOverhead ? Duration.ZERO : writes).plus(overhead).plus(checks);
        }
    }

    /**
     * @param rows the engines; only those that run count
     * @param cluster true on Kubernetes: each engine's volumes are pre-filled once, not laid out per case
     */
    static PlanParts.Section section(Suite suite, List<PlanMatrix.Row> rows, CaseOverhead overhead, boolean cluster) {
        List<Line> lines = rows.stream().filter(PlanMatrix.Row::runs).map(r -> line(suite, r, overhead, cluster))
                .toList();
        Line total = lines.stream().reduce(new Line("**total**", 0, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Duration.ZERO), (a, b) -> new Line(a.engine(), a.cases() + b.cases(), a.fio().plus(b.fio()),
                a.writes().plus(b.writes()), a.overhead().plus(b.overhead()), a.checks().plus(b.checks())));
        StringBuilder md = new StringBuilder("| engine | cases | fio | " + (cluster ? "pre-fill" : "layout")
                + " | overhead | checks | total |\n|---|---|---|---|---|---|---|\n");
        for (Line line : lines) {
            md.append(row(line, overhead.measured()));
        }
        md.append(row(total, overhead.measured())).append("\nOverhead: ").append(overhead.source())
                .append(overhead.measured() ? " (it includes layout and pre-fill, which are not added again)" : "")
                .append(".  \n").append(cluster ? "Pre-fill" : "Layout").append(", golden data and verification at a")
                .append(" typical ").append(WRITE_BYTES_PER_SECOND >> 20).append(" MiB/s; checks count their data")
                .append(" passes and pods, waits for snapshots and rebuilds come on top.")
                .append(suite.workloads().stream().anyMatch(w -> w.runtime() == null)
                        ? "  \nUntimed workloads run until their job ends: not counted." : "").append('\n');
        return new PlanParts.Section("Estimated duration", md.toString());
    }

    private static String row(Line l, boolean writesInOverhead) {
        return "| " + l.engine() + " | " + l.cases() + " | " + human(l.fio()) + " | "
                + (writesInOverhead ? "in overhead" : human(l.writes())) + " | " + human(l.overhead()) + " | "
                + (l.checks().isZero() ? "—" : human(l.checks())) + " | " + human(l.total(writesInOverhead)) + " |\n";
    }

    private static Line line(Suite suite, PlanMatrix.Row row, CaseOverhead overhead, boolean cluster) {
        int cases = suite.workloads().size();
        Duration fio = suite.workloads().stream().map(DurationEstimate::fio).reduce(Duration.ZERO, Duration::plus)
                .multipliedBy(suite.repetitions());
        // A node baseline has no volume to pre-fill: fio lays out its file or writes the device in the case.
        long bytes = cluster && row.engine().nodeVolume().isPresent() ? 0
                : VolumeSizing.dataBytes(suite) * (cluster ? VolumeSizing.maxFanOut(suite) : 1);
        Duration checks = row.checks().entrySet().stream().filter(e -> e.getValue().isEmpty())
                .map(e -> check(e.getKey(), suite.checks(), overhead.perCase())).reduce(Duration.ZERO, Duration::plus);
        return new Line(row.engine().id(), cases, fio, writing(bytes), overhead.perCase().multipliedBy(cases), checks);
    }

    private static Duration fio(WorkloadSpec w) {
        if (w.runtime() == null) {
            return Duration.ZERO;
        }
        Duration ramp = Units.duration(w.options().getOrDefault("ramp_time", "0"));
        return w.runtime().plus(ramp == null ? Duration.ZERO : ramp);
    }

    /** Data passes (golden data written or verified) and pods of each check, as its steps are. */
    private static Duration check(CheckKind kind, ChecksSpec spec, Duration perPod) {
        Duration pass = writing(spec.dataBytes());
        return switch (kind) {
            case SNAPSHOT -> pass.multipliedBy(5).plus(perPod.multipliedBy(5));
            case PERSISTENCE -> pass.multipliedBy(2).plus(perPod.multipliedBy(2));
            case FAILOVER -> pass.multipliedBy(2).plus(perPod.multipliedBy(3)).plus(spec.warmup()).plus(spec.window());
            case CLONE -> pass.multipliedBy(6).plus(perPod.multipliedBy(6));
            // B is as large as the old volume (a quarter more than A, and 64 MiB), written and verified.
            case EXPANSION -> pass.multipliedBy(2).plus(writing(spec.dataBytes() * 5 / 4 + (64L << 20))
                    .multipliedBy(2)).plus(perPod.multipliedBy(5));
        };
    }

    private static Duration writing(long bytes) {
        return Duration.ofMillis(bytes * 1000 / WRITE_BYTES_PER_SECOND);
    }

    private static String human(Duration d) {
        return d.isZero() ? "0 s" : d.toSeconds() < 1 ? "< 1 s" : Units.human(d);
    }
}
