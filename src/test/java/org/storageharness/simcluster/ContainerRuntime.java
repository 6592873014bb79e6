package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs pods' containers as local processes, each in its own sandbox under {@code <workdir>/pods}. */
final class ContainerRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ContainerRuntime.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(2);

    private record Container(Sandbox sandbox, PodProcess process) {
    }

    private final KubernetesClient client;
    private final VolumeStore volumes;
    private final PodLogs logs;
    private final PodUsages usages;
    private final Path podsDir;
    private final Path faultyFio;
    private final Path tools;
    private final Map<String, Container> containers = new ConcurrentHashMap<>();

    ContainerRuntime(KubernetesClient client, VolumeStore volumes, PodLogs logs, PodUsages usages, Path workDir) {
        this.client = client;
        this.volumes = volumes;
        this.logs = logs;
        this.usages = usages;
        this.podsDir = workDir.resolve("pods");
        this.faultyFio = FaultyFio.install(workDir.resolve("faults").resolve("bin"));
        this.tools = SimTools.install(workDir.resolve("tools").resolve("bin"), volumes);
    }

    /** The container has not started: its log endpoint says so, with {@code reason}. */
    void waiting(Pod pod, String reason) {
        logs.waiting(pod, reason);
    }

    /** Prepares the sandbox and starts the container's command; with {@code faultyFio}, fio fails. */
    PodProcess start(Pod pod, boolean withFaultyFio) throws PodStartException {
        Path root = podsDir.resolve(pod.getMetadata().getNamespace() + "_" + pod.getMetadata().getName() + "_"
                + pod.getMetadata().getUid());
        Sandbox sandbox = prepare(pod, root);
        try {
            PodProcess process = PodProcess.start(sandbox.process(pod, withFaultyFio ? List.of(faultyFio, tools)
                    : List.of(tools)));
            containers.put(pod.getMetadata().getUid(), new Container(sandbox, process));
            logs.started(pod, sandbox.logFile());
            usages.measure(pod, process);
            return process;
        } catch (IOException e) {
            sandbox.delete();
            throw new PodStartException("RunContainerError", "Failed", "cannot start the command of pod ["
                    + pod.getMetadata().getName() + "]: " + e.getMessage());
        }
    }

    private Sandbox prepare(Pod pod, Path root) throws PodStartException {
        try {
            return Sandbox.prepare(pod, root, client, volumes);
        } catch (PodStartException e) {
            VolumeStore.delete(root);
            throw e;
        }
    }

    /** True while {@code process} is the running container of {@code pod}, i.e. the pod was not deleted. */
    boolean isCurrent(Pod pod, PodProcess process) {
        Container container = containers.get(pod.getMetadata().getUid());
        return container != null && container.process() == process;
    }

    /** The pod is gone: stop its process tree, then delete its sandbox and forget its log and usage. */
    void remove(Pod pod) {
        logs.forget(pod);
        usages.forget(pod);
        Container container = containers.remove(pod.getMetadata().getUid());
        if (container != null) {
            container.process().stop(STOP_GRACE);
            container.process().exitCode().whenComplete((code, error) -> deleteQuietly(container.sandbox()));
        }
    }

    private static void deleteQuietly(Sandbox sandbox) {
        try {
            sandbox.delete();
        } catch (RuntimeException e) {
            LOG.warn("simulated cluster: cannot delete a sandbox of a deleted pod: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        List<Container> all = List.copyOf(containers.values());
        containers.clear();
        for (Container container : all) {
            container.process().kill(Duration.ofSeconds(5));
            container.sandbox().delete();
        }
    }
}
