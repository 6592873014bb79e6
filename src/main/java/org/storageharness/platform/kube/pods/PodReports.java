package org.storageharness.platform.kube.pods;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.storageharness.fio.FioExecution;
import org.storageharness.fio.FioJudge;
import org.storageharness.fio.FioReport;
import org.storageharness.platform.Platform.Evidence;

/** Turns fio pods' logs into judged runs; the pods' reports and fio's messages stay behind as evidence. */
public final class PodReports {

    private final FioJudge judge = new FioJudge();

    /** One pod's run: its report and messages go into {@code dir}, then it is judged. */
    public FioExecution one(PodJobs.PodLog pod, Path dir, Duration wall) {
        FioLog out = FioLog.parse(pod.log());
        out.writeEvidence(dir);
        return judged(out, wall);
    }

    /** A pod's run judged without evidence (a volume's prefill, which is no part of the case). */
    public FioExecution judged(PodJobs.PodLog pod) {
        return judged(FioLog.parse(pod.log()), Duration.ZERO);
    }

    /**
     * Each pod's report judged on its own (a failing pod fails the case), then all as one report. With several pods
     * each report is named after its node, and each pod's messages are headed by the pod and node.
     */
    public FioExecution all(List<PodJobs.PodLog> logs, Path dir, Duration wall) {
        List<FioExecution> done = new ArrayList<>();
        StringBuilder messages = new StringBuilder();
        boolean fanOut = logs.size() > 1;
        for (PodJobs.PodLog pod : logs) {
            FioLog out = FioLog.parse(pod.log());
            PodFiles.write(dir.resolve(fanOut ? "fio-output." + pod.node() + ".json" : Evidence.OUTPUT), out.json());
            Path logDir = dir.resolve(Evidence.LOGS_DIR);
            writeLogs(out, fanOut ? logDir.resolve(pod.node()) : logDir);
            if (!out.messages().isEmpty()) {
                messages.append(fanOut ? "[" + pod.pod() + " on " + pod.node() + "]\n" : "").append(out.messages())
                        .append('\n');
            }
            PodFiles.write(dir.resolve(Evidence.MESSAGES), messages.toString());
            done.add(judged(out, wall));
        }
        if (!fanOut) {
            return done.get(0);
        }
        FioReport merged = FioReport.concurrent(done.stream().map(FioExecution::report).toList());
        return new FioExecution(merged, done.get(0).rawOutput(), messages.toString(), wall);
    }

    /** The logs fio wrote over time, as the pod log carried them (see {@link FioPodContract}). */
    private static void writeLogs(FioLog out, Path dir) {
        out.files().forEach((name, content) -> PodFiles.write(dir.resolve(Path.of(name).getFileName()), content));
    }

    private FioExecution judged(FioLog out, Duration wall) {
        return judge.judge(out.exitCode(), out.json(), out.messages(), wall);
    }
}
