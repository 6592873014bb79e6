package org.storageharness.target.k3s;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.testcontainers.k3s.K3sContainer;
import org.testcontainers.utility.DockerImageName;

/** K3s started in Docker by Testcontainers, with the snapshot API and csi-hostpath installed; stopped on close. */
public final class K3sCluster implements AutoCloseable {

    private final K3sContainer container;
    private final Thread shutdownHook;
    private final Map<String, String> facts = new LinkedHashMap<>();

    private K3sCluster(K3sContainer container) {
        this.container = container;
        this.shutdownHook = new Thread(container::stop, "k3s-stop");
    }

    /**
     * Starts K3s, or fails at once with {@link TargetUnavailableException} when there is no Docker.
     *
     * @param log receives progress lines
     */
    public static K3sCluster start(K3sSettings settings, Consumer<String> log) {
        DockerProbe.unavailableReason().ifPresent(reason -> {
            throw new TargetUnavailableException("target [k3s] needs a Docker engine, and none was found [" + reason
                    + "]; run with -Dtarget=local for this host, or -Dtarget=kubeconfig -Dkubeconfig=FILE"
                    + " -Dcontext=NAME -Dcluster.allow=NAME for a real cluster");
        });
        log.accept("[storage-harness] starting K3s " + settings.image() + " (up to "
                + settings.startupTimeout().toSeconds() + " s)");
        K3sContainer container = new K3sContainer(DockerImageName.parse(settings.image())
                .asCompatibleSubstituteFor("rancher/k3s")).withStartupTimeout(settings.startupTimeout());
        K3sCluster cluster = new K3sCluster(container);
        Runtime.getRuntime().addShutdownHook(cluster.shutdownHook);
        try {
            container.start();
            cluster.prepare(settings, log);
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    private void prepare(K3sSettings settings, Consumer<String> log) {
        facts.put("k3s.image", settings.image());
        try (KubernetesClient client = new KubernetesClientBuilder()
                .withConfig(Config.fromKubeconfig(kubeconfig())).build()) {
            facts.put("k3s.version", client.getKubernetesVersion().getGitVersion());
            if (settings.snapshotStack()) {
                log.accept("[storage-harness] installing the snapshot CRDs, snapshot-controller and csi-hostpath");
                apply(client, K3sManifests.load(client, K3sManifests.FILES.get(0)));
                awaitCrds(client, settings);
                for (String file : K3sManifests.FILES.subList(1, K3sManifests.FILES.size())) {
                    apply(client, K3sManifests.load(client, file));
                }
                awaitReady(client, settings, log);
            }
        }
    }

    private static void apply(KubernetesClient client, List<HasMetadata> objects) {
        for (HasMetadata object : objects) {
            client.resource(object).forceConflicts().serverSideApply();
        }
    }

    /** The VolumeSnapshotClass in the later files can only be created once its CRD serves. */
    private static void awaitCrds(KubernetesClient client, K3sSettings settings) {
        for (String crd : K3sManifests.SNAPSHOT_CRDS) {
            client.apiextensions().v1().customResourceDefinitions().withName(crd).waitUntilCondition(
                    K3sCluster::established, settings.startupTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static void awaitReady(KubernetesClient client, K3sSettings settings, Consumer<String> log) {
        long bound = settings.startupTimeout().toMillis();
        client.apps().deployments().inNamespace(K3sManifests.NAMESPACE).withName("snapshot-controller")
                .waitUntilReady(bound, TimeUnit.MILLISECONDS);
        client.apps().statefulSets().inNamespace(K3sManifests.NAMESPACE).withName("csi-hostpathplugin")
                .waitUntilReady(bound, TimeUnit.MILLISECONDS);
        log.accept("[storage-harness] K3s ready: StorageClasses local-path and " + K3sManifests.STORAGE_CLASS
                + ", VolumeSnapshotClass " + K3sManifests.SNAPSHOT_CLASS);
    }

    private static boolean established(CustomResourceDefinition crd) {
        return crd != null && crd.getStatus() != null && crd.getStatus().getConditions() != null
                && crd.getStatus().getConditions().stream()
                .anyMatch(c -> "Established".equals(c.getType()) && "True".equals(c.getStatus()));
    }

    public String kubeconfig() {
        return container.getKubeConfigYaml();
    }

    public Map<String, String> facts() {
        return facts;
    }

    @Override
    public void close() {
        container.stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // Shutting down: the hook stops the container.
        }
    }
}
