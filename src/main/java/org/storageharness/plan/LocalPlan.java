package org.storageharness.plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.storageharness.platform.kube.pods.VolumeSizing;
import org.storageharness.platform.local.LocalPlatform;
import org.storageharness.platform.local.LocalSurvey;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.LocalVolume;
import org.storageharness.suite.Suite;
import java.util.Locale;

/**
 * The plan on the local host: which engines run, the directories and files the run would create and the room their
 * filesystems have, and fio's binary; nothing is written (not even the direct-I/O probe) and fio is not started.
 */
final class LocalPlan {

    /** The upgrade gate's golden data beside the benchmarks' data file. */
    private static final long KEPT_BYTES = 64L << 20;

    private LocalPlan() {
    }

    static PlanParts plan(PlanContext ctx) {
        Suite suite = ctx.suite();
        List<PlanMatrix.Row> rows = suite.engines().stream().map(e -> PlanMatrix.Row.uniform(suite, e,
                LocalPlatform.noLocalVolume(e), Optional.of(LocalPlatform.CHECKS_UNSUPPORTED))).toList();
        return PlanParts.of(PlanMatrix.section(suite, rows))
                .and(PlanParts.of(FaultPlan.section(suite, ctx.settings().faults())))
                .and(files(ctx, rows))
                .and(PlanParts.of(DurationEstimate.section(suite, rows, ctx.overhead(), false)));
    }

    private static PlanParts files(PlanContext ctx, List<PlanMatrix.Row> rows) {
        long need = VolumeSizing.dataBytes(ctx.suite()) + (ctx.settings().gate().upgrade() ? KEPT_BYTES : 0);
        StringBuilder md = new StringBuilder("| engine | location | creates | writes up to | free | filesystem |\n"
                + "|---|---|---|---|---|---|\n");
        List<String> problems = new ArrayList<>();
        for (PlanMatrix.Row row : rows) {
            if (row.runs()) {
                LocalVolume volume = row.engine().localVolume().orElseThrow();
                LocalSurvey.EngineFiles files = LocalSurvey.survey(volume, need,
                        LocalPlatform.dataFileName("<run id>"));
                md.append(row(row.engine(), volume, files, ctx.settings().gate().upgrade()));
                files.problems().forEach(p -> problems.add("engine [" + row.engine().id() + "]: " + p));
            }
        }
        md.append("\nEverything listed is removed after the run (the upgrade gate's kept file excepted); direct I/O is")
                .append(" probed at the start by writing one block, which the plan does not do.")
                .append(ctx.suite().workloads().stream().anyMatch(w -> w.isJobFile())
                        ? " Job-file workloads write what their job file says, which is not counted." : "")
                .append('\n').append(fio(ctx.settings().fioPath(), problems));
        return PlanParts.section("What it would create", md.toString()).and(PlanParts.problems(problems));
    }

    private static String row(EngineSpec engine, LocalVolume volume, LocalSurvey.EngineFiles files, boolean kept) {
        String creates;
        if (volume.isDevice()) {
            creates = "nothing: writes over the whole device (`destructive: true`)";
        } else {
            List<String> made = new ArrayList<>();
            files.created().forEach(d -> made.add("directory `" + d + "`"));
            made.add("file `" + files.file().getFileName() + "`");
            if (kept) {
                made.add("kept file `" + LocalPlatform.KEPT_FILE + "`");
            }
            creates = String.join(", ", made);
        }
        String free = files.usableBytes() < 0 ? "—" : mib(files.usableBytes());
        return "| " + engine.id() + " | `" + files.location() + "` | " + creates + " | " + mib(files.needBytes())
                + " | " + free + " | " + files.fileSystem() + " |\n";
    }

    /** Which fio would run, without starting it; a path given that is not an executable file is a problem. */
    private static String fio(String fioPath, List<String> problems) {
        if (!fioPath.contains("/")) {
            return "fio: `" + fioPath + "` from the PATH (not started by the plan).";
        }
        if (!Files.isExecutable(Path.of(fioPath))) {
            problems.add("fio [" + fioPath + "] (-Dfio.path) is not an executable file; install fio there or pass"
                    + " another -Dfio.path");
        }
        return "fio: `" + fioPath + "` (not started by the plan).";
    }

    static String mib(long bytes) {
        return bytes >= 10L << 30 ? String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30))
                : (bytes >> 20) + " MiB";
    }
}
