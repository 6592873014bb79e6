package org.storageharness.platform.k3s;

import io.fabric8.kubernetes.api.model.NodeSystemInfo;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.storageharness.lifecycle.ShutdownCleanup;
import org.storageharness.suite.Units;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.k3s.K3sContainer;

/**
 * A throwaway single-node K3s in Docker (Testcontainers), by default with the snapshot API, the snapshot-controller
 * and csi-hostpath installed. {@link #close()} removes the container; so does a shutdown hook if the JVM ends first.
 */
public final class K3sCluster implements AutoCloseable {

    private final ShutdownCleanup stop;
    private final String kubeconfig;
    private final String contextName;
    private final Map<String, String> facts;

    private K3sCluster(ShutdownCleanup stop, String kubeconfig, Map<String, String> facts) {
        this.stop = stop;
        this.kubeconfig = kubeconfig;
        this.contextName = Config.fromKubeconfig(kubeconfig).getCurrentContext().getName();
        this.facts = facts;
    }

    /**
     * Starts K3s and waits until its add-ons are usable, all within {@link K3sSettings#startupTimeout()}.
     *
     * @param docker where to look for the Docker engine K3s runs in
     * @param log receives progress lines while K3s starts
     * @throws TargetUnavailableException within milliseconds when no Docker engine answers, or when K3s or an add-on
     *         does not become ready in time; the container is gone by then
     */
    public static K3sCluster start(K3sSettings settings, DockerEnvironment docker, Consumer<String> log) {
        Optional<String> noDocker = DockerProbe.unavailableReason(docker);
        if (noDocker.isPresent()) {
            throw PlatformUnavailableException.noDocker(noDocker.get());
        }
        Instant deadline = Instant.now().plus(settings.startupTimeout());
        K3sContainer container = new K3sContainer(settings.imageName()).withStartupTimeout(settings.startupTimeout());
        ShutdownCleanup stop = ShutdownCleanup.registered("k3s-container-stop", container::stop);
        log.accept("k3s: starting [" + settings.image() + "]; it and its add-ons have ["
                + Units.human(settings.startupTimeout()) + "] to become ready");
        try {
            container.start();
            log.accept("k3s: API server up at [" + container.getHost() + ":"
                    + container.getMappedPort(K3sContainer.KUBE_SECURE_PORT) + "]");
            return prepare(container, stop, settings, deadline, log);
        } catch (RuntimeException e) {
            stop.close();
            throw e instanceof PlatformUnavailableException known ? known : notStarted(settings, e);
        }
    }

    /** The kubeconfig (YAML) for reaching the API server from this machine. */
    public String kubeconfig() {
        return kubeconfig;
    }

    /** The kubeconfig's current context ({@code default} for K3s). */
    public String contextName() {
        return contextName;
    }

    /** Image, K3s version, node kernel and runtime, and the classes installed, for the report's environment. */
    public Map<String, String> facts() {
        return facts;
    }

    /** Stops and removes the container; calling it again does nothing. */
    @Override
    public void close() {
        stop.close();
    }

    private static K3sCluster prepare(K3sContainer container, ShutdownCleanup stop, K3sSettings settings,
            Instant deadline, Consumer<String> log) {
        String kubeconfig = container.getKubeConfigYaml();
        try (KubernetesClient client = new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(kubeconfig))
                .build()) {
            if (settings.snapshotStack()) {
                shareRootMount(container, log);
                new SnapshotStack(client, log, new StackWaits(client, deadline, settings.startupTimeout())).install();
            } else {
                log.accept("k3s: snapshot stack not installed (-D" + K3sSettings.SNAPSHOT_STACK_PROPERTY + "=false)");
            }
            return new K3sCluster(stop, kubeconfig, facts(client, settings));
        }
    }

    /**
     * CSI node plugins mount with Bidirectional propagation, which kubelet refuses ("is not a shared mount") unless
     * the mount holding /var/lib/kubelet is shared; inside a Docker container the root mount is private.
     */
    private static void shareRootMount(K3sContainer container, Consumer<String> log) {
        try {
            ExecResult result = container.execInContainer("mount", "--make-rshared", "/");
            if (result.getExitCode() != 0) {
                log.accept("k3s: warning: could not make [/] a shared mount (exit " + result.getExitCode() + ": "
                        + result.getStderr().strip() + "); csi-hostpath may fail with 'not a shared mount'");
            }
        } catch (IOException e) {
            log.accept("k3s: warning: could not run mount in the K3s container (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformUnavailableException("target [k3s] interrupted while preparing the node", e);
        }
    }

    private static Map<String, String> facts(KubernetesClient client, K3sSettings settings) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("k3s.image", settings.image());
        facts.put("k3s.version", client.getKubernetesVersion().getGitVersion());
        client.nodes().list().getItems().stream().findFirst().ifPresent(node -> {
            NodeSystemInfo info = node.getStatus().getNodeInfo();
            facts.put("k3s.node", node.getMetadata().getName());
            facts.put("k3s.kernel", info.getKernelVersion());
            facts.put("k3s.containerRuntime", info.getContainerRuntimeVersion());
        });
        if (settings.snapshotStack()) {
            facts.put("k3s.storageClass", K3sManifests.STORAGE_CLASS);
            facts.put("k3s.snapshotClass", K3sManifests.SNAPSHOT_CLASS);
        }
        return Collections.unmodifiableMap(facts);
    }

    private static PlatformUnavailableException notStarted(K3sSettings settings, RuntimeException cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new PlatformUnavailableException("target [k3s] could not start [" + settings.image() + "] ("
                + root.getClass().getSimpleName() + ": " + root.getMessage() + "); check that Docker can pull it (docker pull " + settings.image()
                + ") and run privileged containers; a slow start needs a larger -D" + K3sSettings.TIMEOUT_PROPERTY + " (now ["
                + Units.human(settings.startupTimeout()) + "])", cause);
    }
}
