package org.storageharness.platform.kube.pods;

import org.storageharness.platform.kube.cluster.Manifests;

import org.storageharness.platform.kube.cluster.ClusterEvidence;
import org.storageharness.platform.kube.pods.PodFiles;
import org.storageharness.platform.kube.cluster.Preflight;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.storageharness.fio.FioExecution;
import org.storageharness.fio.JobText;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.KubeOptions;
import org.storageharness.suite.Suite;
import org.storageharness.suite.WorkloadSpec;
import org.storageharness.platform.Deadlines;
import org.storageharness.platform.Platform.Evidence;
import java.util.Locale;
import org.storageharness.fio.ResourceCost;
import org.storageharness.platform.Platform;
import org.storageharness.suite.Units;

/** Runs a case in the cluster: the engine's volumes, fio pods on them, their reports merged into one. */
public final class CaseRunner {

    private final KubernetesClient client;
    private final String runId;
    private final Suite suite;
    private final KubeOptions options;
    private final VolumePool pool;
    private final PodJobs jobs;
    private final ClusterEvidence evidence;
    private final Consumer<String> log;
    private final PodReports reports = new PodReports();
    private int sequence;
    private final KeptVolumes kept;
    private final PodJobs keptJobs;
    private final boolean metricsServer;
    /** Evidence file of the engine's resource use during the case. */
    public static final String RESOURCES = Platform.Evidence.RESOURCES;
    private static final Duration SAMPLE_INTERVAL = Duration.ofSeconds(5);

    /** @param fioVersion checks and records the fio version every pod reports */
    public CaseRunner(KubernetesClient client, String namespace, Manifests manifests, KubeOptions options, Suite suite,
               String runId, Consumer<String> log, boolean metricsServer, PodFioVersion fioVersion) {
        this.metricsServer = metricsServer;
        this.client = client;
        this.runId = runId;
        this.suite = suite;
        this.options = options;
        this.log = log;
        this.pool = new VolumePool(client, namespace, manifests, "sh-" + runId + "-vol-", log);
        baselineNode(suite).ifPresent(pool::pinTo);
        this.evidence = new ClusterEvidence(client, namespace, runId);
        this.jobs = new PodJobs(client, namespace, new FioPods(manifests, options), evidence, fioVersion);
        this.kept = new KeptVolumes(client, options.namespace());
        this.keptJobs = new PodJobs(client, kept.namespace(), new FioPods(manifests, options),
                new ClusterEvidence(client, kept.namespace(), runId), fioVersion);
    }

    /**
     * Claims the engine's volumes for {@code workload} (pre-filled the first time), as the case's first step. The job
     * file that will run on them is in {@code caseDir} already, so a volume that never gets ready leaves it as
     * evidence beside the cluster's state.
     */
    public void prepare(EngineSpec engine, WorkloadSpec workload, Path caseDir) throws InterruptedException {
        jobFile(engine, workload, caseDir);
        try {
            volumes(engine, workload, caseDir);
        } catch (RuntimeException e) {
            writeEvidenceOnce(caseDir);
            throw e;
        }
    }

    public FioExecution run(EngineSpec engine, WorkloadSpec workload, Path caseDir) throws InterruptedException {
        String jobText = jobFile(engine, workload, caseDir);
        long start = System.nanoTime();
        try {
            List<VolumePool.Volume> volumes = volumes(engine, workload, caseDir);
            String runtime = workload.runtime() == null ? null : workload.runtime().toSeconds() + "s";
            ResourceSampler sampler = sampler(engine);
            List<PodJobs.PodLog> logs;
            try {
                logs = jobs.run(name("c"), "fio", jobText, volumes, runtime,
                        new PodJobs.Bounds(options.bindTimeout(), Deadlines.forWorkload(workload)), caseDir);
                NodeRefusal.check(engine, logs);
            } finally {
                if (sampler != null) {
                    sampler.close();
                }
            }
            FioExecution done = reports.all(logs, caseDir, Duration.ofNanos(System.nanoTime() - start));
            return sampler == null ? done : done.withCost(cost(engine, sampler, caseDir));
        } catch (RuntimeException e) {
            writeEvidenceOnce(caseDir);
            throw e;
        }
    }

    /** The cluster's state, unless the pods wrote it when they failed (it is gone with them now). */
    private void writeEvidenceOnce(Path caseDir) {
        if (!Files.isDirectory(caseDir.resolve(Evidence.CLUSTER_DIR))) {
            evidence.write(caseDir);
        }
    }

    /** The engine's volumes for {@code workload}: the pool's, provisioned and pre-filled at the engine's first case. */
    private List<VolumePool.Volume> volumes(EngineSpec engine, WorkloadSpec workload, Path caseDir)
            throws InterruptedException {
        if (engine.nodeVolume().isPresent()) {
            return List.of(VolumePool.Volume.onNode(engine.id(), engine.nodeVolume().get()));
        }
        return pool.volumes(engine, workload.fanOut(), VolumeSizing.maxFanOut(suite), Preflight.readyNodes(client),
                VolumeSizing.volumeSize(engine, suite), v -> prefill(engine, v, caseDir));
    }

    /**
     * The node of the suite's baseline engine when it is a node baseline: the other engines' pods run there too, so
     * that each engine is measured against the raw device of the node it ran on (experiment 3).
     */
    public static java.util.Optional<String> baselineNode(Suite suite) {
        return suite.engines().stream().filter(e -> e.id().equals(suite.baselineEngine()))
                .flatMap(e -> e.nodeVolume().stream()).map(n -> n.node()).findFirst();
    }

    /** Runs {@code workload} on the engine's kept volume (see {@link KeptVolumes}). */
    public FioExecution runKept(EngineSpec engine, WorkloadSpec workload, Path caseDir) throws InterruptedException {
        String jobText = jobFile(engine, workload, caseDir);
        long start = System.nanoTime();
        long bytes = Units.sizeBytes(workload.options().getOrDefault("size", "1g"))
                .orElse(1L << 30);
        VolumePool.Volume volume = kept.volume(engine, ((bytes * 6 / 5 >> 20) + 64) + "Mi");
        List<PodJobs.PodLog> logs = keptJobs.run(name("k"), "kept", jobText, List.of(volume), null,
                new PodJobs.Bounds(options.bindTimeout(), Deadlines.forWorkload(workload)), caseDir);
        return reports.all(logs, caseDir, Duration.ofNanos(System.nanoTime() - start));
    }

    public void dropKept(EngineSpec engine) {
        kept.drop(engine);
    }

    /** A sampler of the engine's pods, or null when metrics-server is missing or the kind names no pods. */
    private ResourceSampler sampler(EngineSpec engine) {
        return metricsServer && !engine.versionPods().isEmpty()
                ? new ResourceSampler(client, engine.versionPods(), SAMPLE_INTERVAL) : null;
    }

    private static ResourceCost cost(EngineSpec engine, ResourceSampler sampler,
                                                           Path caseDir) {
        ResourceCost cost = sampler.stop();
        PodFiles.write(caseDir.resolve(RESOURCES), cost == null ? "no metrics-server sample of pods ["
                + engine.versionPods() + "] came back during the case\n" : String.format(Locale.ROOT, "engine pods [%s]: %d"
                + " sample(s), CPU %.3f cores (mean), memory %.1f MiB (max)%n", engine.versionPods(), cost.samples(),
                cost.cpuCores(), cost.memoryMiB()));
        return cost;
    }

    private void prefill(EngineSpec engine, VolumePool.Volume volume, Path caseDir) throws InterruptedException {
        String job = VolumeSizing.prefillJob(suite);
        PodJobs.Bounds bounds = new PodJobs.Bounds(options.bindTimeout(), VolumeSizing.prefillBound(suite));
        List<PodJobs.PodLog> logs = jobs.run(name("fill"), "prefill", job, List.of(volume), null, bounds, caseDir);
        reports.judged(logs.get(0));
        log.accept("engine " + engine.id() + ": volume " + volume.claim() + " pre-filled on node "
                + logs.get(0).node());
    }

    /** The case's job file, left in its evidence. */
    private static String jobFile(EngineSpec engine, WorkloadSpec workload, Path caseDir) {
        String text = JobText.forCase(workload, engine.id(), "kubernetes", JobText.TARGET);
        PodFiles.write(caseDir.resolve(Evidence.JOB_FILE), text);
        return text;
    }

    private String name(String kind) {
        return "sh-" + runId + "-" + kind + (++sequence);
    }
}
