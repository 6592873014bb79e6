package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.cache.Store;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshot;
import java.nio.file.Path;
import java.util.List;

/** The simulated controllers, wired to informers on one control loop. */
final class ControlPlane implements AutoCloseable {

    private final ControlLoop loop = new ControlLoop();
    private final ContainerRuntime runtime;
    private final Provisioner provisioner;
    private final Resizer resizer;
    private final Scheduler scheduler;
    private final Kubelet kubelet;
    private final SnapshotController snapshots;
    private final ReplicatedEngines engines;
    private final Store<PersistentVolumeClaim> claims;

    ControlPlane(KubernetesClient client, Faults faults, PodLogs logs, PodUsages usages, Path workDir) {
        Events events = new Events(client);
        VolumeStore volumes = new VolumeStore(workDir);
        NamespaceController namespaces = new NamespaceController(client);
        runtime = new ContainerRuntime(client, volumes, logs, usages, workDir);
        engines = new ReplicatedEngines(client, loop, volumes, workDir);
        provisioner = new Provisioner(client, volumes, events, faults, engines);
        resizer = new Resizer(client, loop, volumes, events, engines);
        snapshots = new SnapshotController(client, volumes, events, this::snapshotReady);
        loop.watch("Namespace", client.namespaces(), namespace -> { }, namespaces::deleted);
        Store<Node> nodes = loop.watch("Node", client.nodes(), this::nodeChanged, node -> { });
        Store<Pod> pods = loop.watch("Pod", client.pods().inAnyNamespace(), this::podChanged, this::podDeleted);
        claims = loop.watch("PersistentVolumeClaim", client.persistentVolumeClaims().inAnyNamespace(),
                this::claimChanged, provisioner::released);
        loop.watch("StorageClass", client.resources(StorageClass.class), this::storageClassChanged, c -> { });
        snapshots.watching(loop.watch("VolumeSnapshot", client.resources(VolumeSnapshot.class).inAnyNamespace(),
                snapshots::reconcile, snapshots::deleted));
        engines.watching(nodes);
        scheduler = new Scheduler(client, nodes, pods, events);
        kubelet = new Kubelet(client, loop, nodes, pods, runtime, events, faults, engines);
        loop.start();
    }

    /** A replicated engine serving the volumes of {@code storageClass}; see {@link SimulatedEngine}. */
    SimulatedEngine addReplicatedEngine(String storageClass, int replicas) {
        return engines.add(storageClass, replicas);
    }

    List<String> errors() {
        return loop.errors();
    }

    private void nodeChanged(Node node) {
        scheduler.retry(null);
        kubelet.nodeChanged(node);
    }

    private void podChanged(Pod pod) {
        scheduler.reconcile(pod);
        kubelet.reconcile(pod);
    }

    private void podDeleted(Pod pod) {
        kubelet.deleted(pod);
    }

    private void claimChanged(PersistentVolumeClaim claim) {
        provisioner.reconcile(claim);
        resizer.reconcile(claim);
        scheduler.retry(claim.getMetadata().getNamespace());
        snapshots.retry(claim.getMetadata().getNamespace());
    }

    private void storageClassChanged(StorageClass storageClass) {
        claims.list().forEach(provisioner::reconcile);
        scheduler.retry(null);
    }

    /** Claims restoring from a snapshot wait for it to be ready. */
    private void snapshotReady() {
        claims.list().forEach(provisioner::reconcile);
    }

    @Override
    public void close() {
        engines.close();
        loop.close();
        runtime.close();
    }
}
