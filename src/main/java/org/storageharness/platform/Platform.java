package org.storageharness.platform;

import java.util.List;
import java.util.Map;
import org.storageharness.suite.Problem;
import org.storageharness.suite.Suite;

/**
 * Where fio runs for an engine: its identity and lifecycle here, its capabilities (benchmarks, kept volumes, check
 * labs) in the interfaces it extends, so each user depends only on what it calls. Created per run; {@link #close()}
 * removes everything the platform created.
 */
public interface Platform extends EngineSupport, BenchmarkRunner, KeptRuns, CheckLabs, AutoCloseable {

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

    /** Checks, before any case, everything that would make the run meaningless; also prepares engines' volumes. */
    List<Problem> preflight(Suite suite);

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
        /**
         * Directory of fio's logs over time ({@code case_iops.*.log}, {@code case_lat.*.log}); with several pods, one
         * folder per node in it.
         */
        public static final String LOGS_DIR = "fio-logs";
        /** Directory of cluster state (pods, PVCs, events, nodes) written when a case on a cluster breaks. */
        public static final String CLUSTER_DIR = "cluster";

        private Evidence() {
        }
    }
}
