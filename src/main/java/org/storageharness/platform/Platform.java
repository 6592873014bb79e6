package org.storageharness.platform;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storageharness.check.VolumeLab;
import org.storageharness.fio.FioExecution;
import org.storageharness.suite.CheckKind;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.Problem;
import org.storageharness.suite.Suite;
import org.storageharness.suite.WorkloadSpec;

/** Where fio runs for an engine. Created per run; {@link #close()} removes everything the target created. */
public interface Platform extends AutoCloseable {

    /** Target id shown in reports: {@code local}, {@code kubeconfig:<context>}, {@code k3s}. */
    String id();

    /** Facts about the machine or cluster for the report's environment (kernel, CPU, RAM, fio version...). */
    Map<String, String> facts();

    /** The target's id and facts, one line each, for every case's evidence. */
    default String factsText() {
        StringBuilder sb = new StringBuilder("target: ").append(id()).append('\n');
        facts().forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
        return sb.toString();
    }

    /** Why {@code engine} cannot run on this target, or empty when it can. */
    Optional<String> skipReason(EngineSpec engine);

    /** Checks, before any case, everything that would make the run meaningless; also prepares engines' volumes. */
    List<Problem> preflight(Suite suite);

    /**
     * Runs {@code workload} on {@code engine}. The job file and fio's output are written into {@code caseDir}
     * (as {@link Evidence} files) whatever the outcome.
     */
    FioExecution run(EngineSpec engine, WorkloadSpec workload, Path caseDir) throws InterruptedException;

    /**
     * Runs {@code workload} on the engine's <em>kept</em> volume: created on first use and left in place when the run
     * ends, for data that must survive until a later run (the upgrade gate's golden data).
     */
    FioExecution runKept(EngineSpec engine, WorkloadSpec workload, Path caseDir) throws InterruptedException;

    /** Removes the engine's kept volume, if there is one. */
    void dropKept(EngineSpec engine);

    /**
     * Why correctness checks (snapshot, persistence, failover) cannot run on this target, or empty when they can.
     */
    default Optional<String> checksUnsupported() {
        return Optional.of("snapshot, persistence and failover checks need a Kubernetes target; this run is on ["
                + id() + "]: run with -Dtarget=kubeconfig (and -Dkubeconfig, -Dcluster.allow) or -Dtarget=k3s");
    }

    /**
     * A lab where a correctness check creates the engine's volumes; closing it removes them.
     *
     * @throws UnsupportedOperationException when {@link #checksUnsupported()} gives a reason
     */
    default VolumeLab lab(EngineSpec engine, CheckKind check) {
        throw new UnsupportedOperationException(checksUnsupported().orElse("no lab on target [" + id() + "]"));
    }

    /** Removes what this target created (files, directories, cluster objects). */
    @Override
    void close();

    /** Names of the evidence files a run leaves in its case directory. */
    final class Evidence {
        public static final String JOB_FILE = "job.fio";
        public static final String OUTPUT = "fio-output.json";
        public static final String MESSAGES = "fio-output.json.stderr";
        /** The engine's CPU and memory while fio ran (Kubernetes targets with metrics-server). */
        public static final String RESOURCES = "engine-resources.txt";
        /** Directory of cluster state (pods, PVCs, events, nodes) written when a case on a cluster breaks. */
        public static final String CLUSTER_DIR = "cluster";

        private Evidence() {
        }
    }
}
