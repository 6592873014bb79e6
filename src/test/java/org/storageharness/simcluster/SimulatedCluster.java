package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A simulated Kubernetes cluster: fabric8's mock API server (CRUD mode, HTTPS) with a scheduler, kubelets, a CSI
 * provisioner and a snapshot controller that react to what clients write. Pods really run: the kubelet executes each
 * container's command on this machine, with env values under a mount pointing at local directories, so fio runs for
 * real against a directory (or sparse device file) per volume. The metrics API (metrics.k8s.io, as metrics-server serves
 * it) reports the CPU and memory those processes really use, and the usage tests set for engine pods that nothing runs
 * ({@link #addEnginePod}). Start one per test (about 100 ms) and close it. RBAC allows the harness everything unless a
 * permission is denied ({@link #deny}), and SelfSubjectAccessReviews are answered accordingly.
 *
 * <p>Drive it with plain fabric8 calls through {@link #client()} or a kubeconfig from {@link #writeKubeconfig}, as the
 * harness's production code does. Configure it (nodes, classes, faults) from the test thread.
 */
public final class SimulatedCluster implements AutoCloseable {

    private static final String LONGHORN_MANAGER = "longhorn-manager-sim01";

    private final Path workDir;
    private final boolean ownsWorkDir;
    private final ApiServer server;
    private final KubernetesClient simulation;
    private final KubernetesClient client;
    private final StorageCatalog storage;
    private final Nodes nodes;
    private final Faults faults;
    private final EnginePods enginePods;
    private final ControlPlane controlPlane;

    private SimulatedCluster(Path workDir, boolean ownsWorkDir, boolean tls) {
        this.workDir = workDir;
        this.ownsWorkDir = ownsWorkDir;
        PodLogs logs = new PodLogs();
        PodUsages usages = new PodUsages();
        server = new ApiServer(logs, usages, tls);
        simulation = server.simulationClient();
        client = server.harnessClient();
        try {
            storage = new StorageCatalog(simulation);
            nodes = new Nodes(simulation, storage);
            faults = new Faults(nodes::setReady, server::setMetricsAvailable);
            enginePods = new EnginePods(simulation, nodes, usages);
            SnapshotApi.install(simulation);
            createSystemNamespaces();
            controlPlane = new ControlPlane(simulation, faults, logs, usages, workDir);
        } catch (RuntimeException e) {
            client.close();
            simulation.close();
            server.close();
            throw e;
        }
    }

    private void createSystemNamespaces() {
        for (String namespace : List.of("default", "kube-system", "kube-public", "kube-node-lease")) {
            simulation.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(namespace)
                    .endMetadata().build()).create();
        }
    }

    /**
     * A cluster working in a new temporary directory, deleted on {@link #close()}; its API server speaks plain HTTP
     * (see {@link #startWithTls(Path)}).
     */
    public static SimulatedCluster start() {
        try {
            return new SimulatedCluster(Files.createTempDirectory("simcluster-"), true, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a work directory for the simulated cluster", e);
        }
    }

    /** A cluster working in {@code workDir} (volumes, snapshots, pod sandboxes), which is left in place on close. */
    public static SimulatedCluster start(Path workDir) {
        return new SimulatedCluster(workDir, false, false);
    }

    /**
     * {@link #start(Path)} with the API server on HTTPS and a self-signed certificate, as a real cluster serves it (the
     * kubeconfig skips verification): for the standalone server and the tests of the TLS path. Plain HTTP is the
     * default because each TLS server costs about 0.6 s of CPU (a key pair, handshakes), which hundreds of tests pay.
     */
    public static SimulatedCluster startWithTls(Path workDir) {
        return new SimulatedCluster(workDir, false, true);
    }

    /** A client of the API server as the harness would use it; its requests count in {@link #requestCount()}. */
    public KubernetesClient client() {
        return client;
    }

    /** The API server's base URL ({@code http://localhost:<port>}, or {@code https://} with a self-signed certificate). */
    public String url() {
        return server.url();
    }

    /** Requests the API server received from clients other than the simulation's own controllers. */
    public int requestCount() {
        return server.harnessRequests();
    }

    /**
     * Denies the harness {@code verb} on {@code resource} ({@code resource[.group][/subresource]}, as kubectl writes
     * it: {@code persistentvolumeclaims}, {@code replicas.longhorn.io}, {@code pods/eviction}) in every namespace, as a
     * missing RBAC rule does: such requests are answered 403 Forbidden, and SelfSubjectAccessReviews for them say
     * not allowed. Everything else stays allowed.
     */
    public SimulatedCluster deny(String verb, String resource) {
        server.access().deny(verb, resource);
        return this;
    }

    /** {@link #deny(String, String)} in {@code namespace} only, as a RoleBinding missing in one namespace does. */
    public SimulatedCluster deny(String verb, String resource, String namespace) {
        server.access().deny(verb, resource + " " + namespace);
        return this;
    }

    /**
     * Every kind of request the harness made so far, as {@code verb resource[.group][/subresource] [namespace]}
     * (discovery and reviews not included).
     */
    public Set<String> harnessRequestKinds() {
        return server.access().asked().stream().map(RequestAttributes::toString)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every request of the harness other than a GET (creates, updates, deletes, reviews) as {@code METHOD path}. */
    public List<String> harnessWrites() {
        return server.access().writes();
    }

    /** Writes a kubeconfig whose cluster, user and current context are all named {@code contextName}. */
    public Path writeKubeconfig(Path file, String contextName) {
        return Kubeconfig.write(file, contextName, url(), ApiServer.TOKEN);
    }

    public Path workDir() {
        return workDir;
    }

    /** Adds a Ready node labelled {@code kubernetes.io/hostname=name}, with a CSINode for every driver. */
    public SimulatedCluster addNode(String name) {
        nodes.add(name);
        return this;
    }

    /** Sets the node's Ready condition (and its not-ready taint); a NotReady node takes no new pods. */
    public void setNodeReady(String name, boolean ready) {
        nodes.setReady(name, ready);
    }

    /** Adds a StorageClass without parameters; the first class added is the default. */
    public SimulatedCluster addStorageClass(String name, String provisioner, VolumeBindingMode mode) {
        return addStorageClass(name, provisioner, mode, Map.of());
    }

    /** Adds a StorageClass (reclaim policy Delete) and, once per provisioner, its CSIDriver. */
    public SimulatedCluster addStorageClass(String name, String provisioner, VolumeBindingMode mode,
            Map<String, String> parameters) {
        storage.addStorageClass(name, provisioner, mode, parameters);
        return this;
    }

    /** Adds a VolumeSnapshotClass (deletion policy Delete); the first class added is the default. */
    public SimulatedCluster addSnapshotClass(String name, String driver, Map<String, String> parameters) {
        storage.addSnapshotClass(name, driver, parameters);
        return this;
    }

    /**
     * Adds a pod of a storage engine that nothing runs: Running and Ready on the first node added, its container named
     * after the image, its metrics (metrics.k8s.io) reporting {@code cpuCores} cores and {@code memoryMiB} MiB. The
     * namespace is created if missing. For tests of engine lookups and resource sampling without the engine.
     */
    public SimulatedCluster addEnginePod(String namespace, String name, Map<String, String> labels, String image,
            double cpuCores, long memoryMiB) {
        enginePods.add(namespace, name, labels, image, ResourceUsage.of(cpuCores, memoryMiB));
        return this;
    }

    /** The engine pod's metrics report {@code cpuCores} cores and {@code memoryMiB} MiB from now on. */
    public void setEnginePodUsage(String namespace, String name, double cpuCores, long memoryMiB) {
        enginePods.setUsage(namespace, name, ResourceUsage.of(cpuCores, memoryMiB));
    }

    /**
     * Adds a replicated engine shaped like Longhorn v1.12.1 serving the new StorageClass {@code storageClass}
     * (provisioner {@code driver.longhorn.io}, binding Immediate, parameter {@code numberOfReplicas}). The first engine
     * also installs the longhorn.io CRDs, the namespace {@code longhorn-system} with a longhorn-manager pod (label
     * {@code app=longhorn-manager}) on the first node, the Setting {@code current-longhorn-version} and the
     * VolumeSnapshotClass {@value SimulatedEngine#SNAPSHOT_CLASS} (parameter {@code type: snap}). Add the nodes first.
     *
     * @return the engine's handle, to plant faults with
     */
    public SimulatedEngine addReplicatedEngine(String storageClass, int replicas) {
        if (nodes.first().isEmpty()) {
            throw new IllegalStateException("the replicated engine [" + storageClass + "] needs a node for its "
                    + "longhorn-manager pod; call addNode before addReplicatedEngine");
        }
        if (simulation.storage().v1().storageClasses().withName(storageClass).get() != null) {
            throw new IllegalArgumentException("StorageClass [" + storageClass + "] exists already; give the"
                    + " replicated engine a class of its own");
        }
        LonghornApi.install(simulation);
        if (simulation.pods().inNamespace(LonghornApi.NAMESPACE).withName(LONGHORN_MANAGER).get() == null) {
            enginePods.add(LonghornApi.NAMESPACE, LONGHORN_MANAGER, Map.of("app", "longhorn-manager"),
                    LonghornApi.MANAGER_IMAGE, ResourceUsage.of(0.02, 180));
            storage.addSnapshotClass(SimulatedEngine.SNAPSHOT_CLASS, LonghornApi.DRIVER, Map.of("type", "snap"));
        }
        storage.addStorageClass(storageClass, LonghornApi.DRIVER, VolumeBindingMode.IMMEDIATE,
                Map.of("numberOfReplicas", Integer.toString(replicas), "dataEngine", "v1"));
        return controlPlane.addReplicatedEngine(storageClass, replicas);
    }

    public Faults faults() {
        return faults;
    }

    /** What failed inside the simulated controllers, one line each; empty when all went well. */
    public List<String> controllerErrors() {
        return controlPlane.errors();
    }

    /** Stops the controllers and informers, kills running pods' processes, stops the server, deletes temp files. */
    @Override
    public void close() {
        controlPlane.close();
        client.close();
        simulation.close();
        server.close();
        if (ownsWorkDir) {
            VolumeStore.delete(workDir);
        }
    }
}
