package org.storageharness.platform.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storageharness.check.VolumeLab;
import org.storageharness.fio.FioExecution;
import org.storageharness.fio.FioInvocation;
import org.storageharness.fio.FioRunner;
import org.storageharness.fio.JobText;
import org.storageharness.lifecycle.ShutdownCleanup;
import org.storageharness.suite.CheckKind;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.LocalVolume;
import org.storageharness.suite.Problem;
import org.storageharness.suite.Suite;
import org.storageharness.suite.WorkloadSpec;
import org.storageharness.platform.Deadlines;
import org.storageharness.platform.Platform;

/**
 * The local host as a target: each engine is a directory (fio works on one data file in it) or, opt-in, a whole
 * block device. This is the node baseline. Everything it creates is removed on close and on JVM shutdown.
 */
public final class LocalPlatform implements Platform {

    /** The upgrade gate's golden data in an engine's directory: it outlives the run. */
    public static final String KEPT_FILE = "storage-harness-kept.fio";

    /** Why the correctness checks do not run on the local host. */
    public static final String CHECKS_UNSUPPORTED = "correctness checks (snapshot, persistence, failover, clone,"
            + " expansion) need a Kubernetes target; this run is on [local]: run with -Dtarget=kubeconfig (and"
            + " -Dkubeconfig, -Dcluster.allow) or -Dtarget=k3s";

    private final FioRunner fio;
    private final String runId;
    private final Cleanup cleanup = new Cleanup();
    private final ShutdownCleanup shutdown = new ShutdownCleanup("local-target-cleanup", cleanup::run);
    private final Map<String, String> facts;

    /**
     * @param runId distinguishes this run's data files from anything else in the engines' directories
     */
    public LocalPlatform(FioRunner fio, String runId) {
        this.fio = fio;
        this.runId = runId;
        this.facts = HostFacts.read(fio.version());
        shutdown.register();
    }

    @Override
    public String id() {
        return "local";
    }

    @Override
    public Map<String, String> facts() {
        return facts;
    }

    @Override
    public Optional<String> skipReason(EngineSpec engine) {
        return noLocalVolume(engine);
    }

    /** Why {@code engine} cannot run on the local host (it has no local volume), or empty when it can. */
    public static Optional<String> noLocalVolume(EngineSpec engine) {
        return engine.localVolume().isPresent() ? Optional.empty() : Optional.of("engine [" + engine.id()
                + "] has no [local] volume, so it runs only on a Kubernetes target (" + engine.nodeVolume()
                .map(n -> "a node baseline: the " + n.describe()).orElse("storageClass [" + engine.storageClass()
                + "]") + "); run with -Dtarget=kubeconfig or k3s");
    }

    @Override
    public Optional<String> checksUnsupported() {
        return Optional.of(CHECKS_UNSUPPORTED);
    }


    /** The local host has no volumes to snapshot or replicas to fail over; see {@link #checksUnsupported()}. */
    @Override
    public VolumeLab lab(EngineSpec engine, CheckKind check) {
        throw new UnsupportedOperationException(checksUnsupported().orElseThrow());
    }

    @Override
    public List<Problem> preflight(Suite suite) {
        List<Problem> problems = new ArrayList<>();
        boolean direct = suite.workloads().stream().anyMatch(LocalPlatform::usesDirectIo);
        for (EngineSpec engine : suite.engines()) {
            engine.localVolume().ifPresent(volume -> check(engine, volume, direct).forEach(message ->
                    problems.add(new Problem(suite.file(), 0, "engines." + engine.id() + ".local", message))));
        }
        return problems;
    }

    private List<String> check(EngineSpec engine, LocalVolume volume, boolean direct) {
        if (volume.isDevice()) {
            return new BlockDeviceGuard().problems(volume.device());
        }
        try {
            cleanup.createDirectories(volume.directory());
        } catch (IOException e) {
            return List.of("cannot create directory [" + volume.directory() + "]: " + e.getMessage());
        }
        facts.put("filesystem." + engine.id(), DirectIoProbe.fileSystem(volume.directory()));
        return direct ? DirectIoProbe.problem(volume.directory()).stream().toList() : List.of();
    }

    @Override
    public FioExecution run(EngineSpec engine, WorkloadSpec workload, Path caseDir) throws InterruptedException {
        LocalVolume volume = volume(engine);
        Path dataFile = volume.isDevice() ? volume.device() : volume.directory().resolve(dataFileName(runId));
        if (!volume.isDevice()) {
            cleanup.deleteOnClose(dataFile);
        }
        return run(engine, workload, caseDir, volume, dataFile);
    }

    @Override
    public FioExecution runKept(EngineSpec engine, WorkloadSpec workload, Path caseDir) throws InterruptedException {
        LocalVolume volume = volume(engine);
        if (volume.isDevice()) {
            throw new IllegalStateException("engine [" + engine.id() + "] is a raw device: data kept on it would be"
                    + " overwritten by its benchmarks, so it cannot hold golden data");
        }
        cleanup.spare(keptFile(volume));
        return run(engine, workload, caseDir, volume, keptFile(volume));
    }

    @Override
    public void dropKept(EngineSpec engine) {
        engine.localVolume().filter(v -> !v.isDevice()).ifPresent(v -> {
            try {
                Files.deleteIfExists(keptFile(v));
            } catch (IOException e) {
                throw new IllegalStateException("cannot remove the kept data [" + keptFile(v) + "]: " + e.getMessage(), e);
            }
        });
    }

    private static Path keptFile(LocalVolume volume) {
        return volume.directory().resolve(KEPT_FILE);
    }

    /** The data file of run {@code runId} in an engine's directory; only this run's file is ever removed. */
    public static String dataFileName(String runId) {
        return "storage-harness-" + runId + ".fio";
    }

    private LocalVolume volume(EngineSpec engine) {
        return engine.localVolume().orElseThrow(() -> new IllegalStateException(
                skipReason(engine).orElse("no local volume")));
    }

    private FioExecution run(EngineSpec engine, WorkloadSpec workload, Path caseDir, LocalVolume volume,
                             Path dataFile) throws InterruptedException {
        Path jobFile = caseDir.resolve(Evidence.JOB_FILE);
        try {
            Files.createDirectories(caseDir.resolve(Evidence.LOGS_DIR));
            Files.writeString(jobFile, JobText.forCase(workload, engine.id(), "local", dataFile.toString()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the job file [" + jobFile + "]: " + e.getMessage(), e);
        }
        Path workDir = volume.isDevice() ? caseDir : volume.directory();
        if (workload.isJobFile()) {
            cleanup.watch(workDir);
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("TARGET", dataFile.toString());
        env.put("TARGET_DIR", workDir.toString());
        env.put(JobText.SCRATCH_VARIABLE, caseDir.resolve(Evidence.LOGS_DIR).toAbsolutePath().toString());
        if (workload.runtime() != null) {
            env.put("RUNTIME", workload.runtime().toSeconds() + "s");
        }
        return fio.run(new FioInvocation(jobFile, workDir, caseDir.resolve(Evidence.OUTPUT), env,
                Deadlines.forWorkload(workload)));
    }

    private static boolean usesDirectIo(WorkloadSpec workload) {
        String direct = workload.options().getOrDefault("direct", "0");
        return direct.equals("1") || direct.equals("true");
    }

    @Override
    public void close() {
        shutdown.close();
    }
}
