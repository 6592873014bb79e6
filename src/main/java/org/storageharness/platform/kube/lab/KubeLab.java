package org.storageharness.platform.kube.lab;

import org.storageharness.platform.kube.pods.PodFiles;

import org.storageharness.platform.kube.cluster.Manifests;

import org.storageharness.platform.kube.cluster.ClusterEvidence;
import org.storageharness.platform.kube.pods.FioLog;
import org.storageharness.platform.kube.pods.FioPods;
import org.storageharness.platform.kube.cluster.OpenFaults;
import org.storageharness.platform.kube.pods.PodFioVersion;
import org.storageharness.platform.kube.pods.PodJobs;
import org.storageharness.platform.kube.pods.PodReports;
import org.storageharness.platform.kube.cluster.Preflight;
import org.storageharness.platform.kube.pods.VolumePool;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.storageharness.check.VolumeLab;
import org.storageharness.engine.EngineAdapter;
import org.storageharness.engine.FaultHandle;
import org.storageharness.engine.VolumeRef;
import org.storageharness.fio.JobText;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.KubeOptions;
import org.storageharness.suite.WorkloadSpec;
import org.storageharness.platform.Deadlines;
import org.storageharness.platform.Platform.Evidence;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.function.Consumer;
import org.storageharness.engine.adapter.EngineAdapters;

/** A check's lab on the cluster: the run's namespace, labels and pods, and the engine's adapter. */
public final class KubeLab implements VolumeLab {

    /** What every lab of a run shares. */
    public record Shared(KubernetesClient client, String namespace, Manifests manifests, KubeOptions options, String runId,
                  OpenFaults faults, Consumer<String> log, PodFioVersion fioVersion) {
    }

    private final Shared shared;
    private final EngineSpec engine;
    private final String prefix;
    private final LabVolumes volumes;
    private final LabSnapshots snapshots;
    private final LabExpansion expansion;
    private final PodJobs jobs;
    private final FioPods pods;
    private final ClusterEvidence evidence;
    private final PodReports reports = new PodReports();
    /** Chosen when the snapshot check first asks; the other checks never need it. */
    private SnapshotClasses.Choice snapshotClass;
    private EngineAdapter adapter;
    private int sequence;

    /** @param prefix start of every object name of this lab, unique in the run ({@code sh-<run>-x3}) */
    public KubeLab(Shared shared, EngineSpec engine, String prefix) {
        this.shared = shared;
        this.engine = engine;
        this.prefix = prefix;
        this.volumes = new LabVolumes(shared.client(), shared.namespace(), shared.manifests(), engine, shared.log());
        this.snapshots = new LabSnapshots(shared.client(), shared.namespace(), shared.manifests());
        this.expansion = new LabExpansion(shared.client(), shared.namespace(), engine);
        this.evidence = new ClusterEvidence(shared.client(), shared.namespace(), shared.runId());
        this.pods = new FioPods(shared.manifests(), shared.options());
        this.jobs = new PodJobs(shared.client(), shared.namespace(), pods, evidence, shared.fioVersion());
    }

    /**
     * The snapshot class, unless the engine's StorageClass lacks what its restores need (catalog setting
     * {@code restoreRequires: key=value}; Mayastor restores only into thin volumes).
     */
    public static SnapshotClasses.Choice restorable(KubernetesClient client, EngineSpec engine) {
        String needs = engine.traits().settings().get("restoreRequires");
        if (needs != null && needs.contains("=")) {
            String[] kv = needs.split("=", 2);
            var sc = client.storage().v1().storageClasses().withName(engine.storageClass()).get();
            String value = sc == null || sc.getParameters() == null ? null : sc.getParameters().get(kv[0].trim());
            if (!kv[1].trim().equals(value)) {
                return SnapshotClasses.Choice.none("engine [" + engine.id() + "] restores snapshots only into volumes"
                        + " of a StorageClass with parameter [" + kv[0].trim() + ": \"" + kv[1].trim() + "\"] but"
                        + " StorageClass [" + engine.storageClass() + "] has [" + value + "]; point the engine at such"
                        + " a class to run the snapshot check");
            }
        }
        return SnapshotClasses.choose(client, engine);
    }

    @Override
    public Optional<String> snapshotClass() {
        return snapshotChoice().name();
    }

    @Override
    public String snapshotClassProblem() {
        return snapshotChoice().problem();
    }

    private SnapshotClasses.Choice snapshotChoice() {
        if (snapshotClass == null) {
            snapshotClass = engine.traits().capabilities().snapshot() ? restorable(shared.client(), engine)
                    : SnapshotClasses.Choice.none("engine [" + engine.id() + "] has no snapshots");
        }
        return snapshotClass;
    }

    /** The size a check's claim asks for to hold {@code bytes} of data: a quarter more, and 64 MiB for the filesystem. */
    public static String claimSize(long bytes) {
        return (bytes * 5 / 4 >> 20) + 64 + "Mi";
    }

    @Override
    public Volume create(String role, long bytes) {
        String name = name(role);
        volumes.claim(name, claimSize(bytes));
        return new Volume(name, bytes);
    }

    @Override
    public Volume restore(String role, Snapshot snapshot) {
        String name = name(role);
        volumes.restore(name, snapshot.name(), snapshot.restoreSize());
        return new Volume(name, Quantity.getAmountInBytes(
                new Quantity(snapshot.restoreSize())).longValue());
    }

    @Override
    public Volume cloneOf(String role, Volume source) {
        String name = name(role);
        volumes.cloneOf(name, source.claim(), claimSize(source.bytes()));
        return new Volume(name, source.bytes());
    }

    @Override
    public Optional<String> expansionProblem() {
        return LabExpansion.problem(shared.client(), engine);
    }

    @Override
    public long claimBytes(Volume volume) {
        return expansion.requested(volume.claim());
    }

    @Override
    public Duration expand(Volume volume, long bytes, Duration bound) {
        return expansion.expand(volume.claim(), bytes, bound);
    }

    @Override
    public Snapshot snapshot(Volume volume, String snapshotClassName, Duration bound) {
        String name = name("snap");
        long start = System.nanoTime();
        snapshots.create(name, engine.id(), volume.claim(), snapshotClassName);
        volumes.snapshotCreated(name);
        return snapshots.awaitReady(name, start, bound);
    }

    @Override
    public PodRun run(Volume volume, WorkloadSpec job, Placement placement, Path stepDir) throws InterruptedException {
        String text = JobText.forStep(job, engine.id(), JobText.TARGET);
        PodFiles.write(stepDir.resolve(Evidence.JOB_FILE), text);
        long start = System.nanoTime();
        List<PodJobs.PodLog> logs = jobs.run(name("fio"), "check", text, List.of(podVolume(volume, placement)), null,
                new PodJobs.Bounds(shared.options().bindTimeout(), Deadlines.forWorkload(job)), stepDir);
        PodJobs.PodLog pod = logs.get(0);
        return new PodRun(reports.one(pod, stepDir, Duration.ofNanos(System.nanoTime() - start)), pod.node(),
                pod.running(), FioLog.volumeSize(pod.log()).flatMap(LabExpansion::seen).orElse(null));
    }

    @Override
    public Background start(Volume volume, String jobText, Placement placement, Path stepDir)
            throws InterruptedException {
        return BackgroundFio.start(shared.client(), shared.namespace(), pods, evidence,
                name("writer"), podVolume(volume, placement), jobText, shared.options().bindTimeout(), stepDir);
    }

    private VolumePool.Volume podVolume(Volume volume, Placement placement) {
        return new VolumePool.Volume(engine.id(), volume.claim(), placement.node(),
                engine.kubeVolume().orElseThrow().block());
    }

    @Override
    public VolumeRef ref(Volume volume, String consumerNode) {
        return volumes.ref(volume.claim(), consumerNode);
    }

    @Override
    public Optional<String> pinnedNode(Volume volume) {
        return volumes.pinnedNode(volume.claim());
    }

    @Override
    public int replicas() {
        return Replicas.of(shared.client(), engine);
    }

    @Override
    public List<String> readyNodes() {
        return Preflight.readyNodes(shared.client());
    }

    @Override
    public EngineAdapter adapter() {
        if (adapter == null) {
            adapter = new TrackedAdapter(EngineAdapters.of(engine.traits(),
                    shared.client()), shared.faults());
        }
        return adapter;
    }

    @Override
    public FaultHandle drain(String node) {
        return shared.faults().track(NodeDrain.drain(shared.client(), node, shared.namespace(), shared.runId()));
    }

    @Override
    public FaultHandle track(FaultHandle fault) {
        return shared.faults().track(fault);
    }

    @Override
    public void progress(String step) {
        shared.log().accept(step);
    }

    @Override
    public void close() {
        volumes.removeAll();
    }

    private String name(String role) {
        return prefix + "-" + role + (++sequence);
    }
}
