package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.cache.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The replicated engines of the cluster ({@link SimulatedEngine}): hands PersistentVolume, Replica and pod events, and
 * restores from snapshots, to the engine of the volume concerned. Everything but {@link #add} runs on the control loop.
 */
final class ReplicatedEngines implements AutoCloseable {

    /** A volume a running pod uses, with the engine that serves it. */
    private record Use(LonghornManager manager, ReplicatedVolume volume) {
    }

    private final KubernetesClient client;
    private final ControlLoop loop;
    private final VolumeStore volumes;
    private final EngineCopies copies;
    private final LonghornCrs crs;
    private final ProcessFreezer freezer = new ProcessFreezer();
    private final List<LonghornManager> managers = new CopyOnWriteArrayList<>();
    private final Map<String, List<Use>> uses = new HashMap<>();
    private Store<Node> nodes;

    ReplicatedEngines(KubernetesClient client, ControlLoop loop, VolumeStore volumes, Path workDir) {
        this.client = client;
        this.loop = loop;
        this.volumes = volumes;
        this.copies = new EngineCopies(volumes, workDir);
        this.crs = new LonghornCrs(client);
    }

    void watching(Store<Node> nodes) {
        this.nodes = nodes;
    }

    /** A new engine for the new class {@code storageClass}; the first one starts the watches it needs. */
    synchronized SimulatedEngine add(String storageClass, int replicas) {
        AtomicReference<LonghornManager> manager = new AtomicReference<>();
        SimulatedEngine engine = new SimulatedEngine(storageClass, replicas, () -> {
            freezer.resumeAll();
            loop.run("heal of engine " + storageClass, () -> manager.get().replenish());
        });
        manager.set(new LonghornManager(engine, crs, loop, nodes, copies, freezer));
        crs.ensureSetting("current-longhorn-version", LonghornApi.LONGHORN_VERSION);
        if (managers.isEmpty()) {
            loop.watch("PersistentVolume", client.persistentVolumes(), this::volumeChanged, this::volumeDeleted);
            loop.watch("Replica", LonghornApi.resources(client, LonghornApi.Kind.REPLICA)
                    .inNamespace(LonghornApi.NAMESPACE), r -> { }, r -> managers.forEach(m -> m.replicaDeleted(r)));
        }
        managers.add(manager.get());
        return engine;
    }

    /** Before a pod's process starts: attaches the engines' volumes it uses, with the data faults of attaching. */
    void starting(Pod pod) {
        if (managers.isEmpty()) {
            return;
        }
        List<Use> used = new ArrayList<>();
        for (PersistentVolume pv : persistentVolumes(pod)) {
            LonghornManager manager = managerOf(pv);
            if (manager != null) {
                Use use = new Use(manager, manager.volume(pv));
                manager.starting(use.volume(), pod.getSpec().getNodeName());
                used.add(use);
            }
        }
        if (!used.isEmpty()) {
            uses.put(pod.getMetadata().getUid(), used);
        }
    }

    void started(Pod pod, PodProcess process) {
        var container = pod.getSpec().getContainers().get(0);
        boolean runsFio = String.join(" ", container.getCommand()).contains("fio")
                || String.join(" ", container.getArgs()).contains("fio");
        String role = pod.getMetadata().getLabels() == null ? null
                : pod.getMetadata().getLabels().get("storage-harness.io/role");
        LonghornManager.FioRole fio = !runsFio ? LonghornManager.FioRole.NONE
                : role == null || role.equals("fio") ? LonghornManager.FioRole.BENCHMARK : LonghornManager.FioRole.OTHER;
        for (Use use : uses.getOrDefault(pod.getMetadata().getUid(), List.of())) {
            use.manager().started(use.volume(), pod.getMetadata().getUid(), process, pod.getSpec().getNodeName(), fio);
        }
    }

    /** The pod's process ended, or never started, or the pod was deleted: its volumes may detach. */
    void stopped(Pod pod) {
        for (Use use : uses.getOrDefault(pod.getMetadata().getUid(), List.of())) {
            use.manager().stopped(use.volume(), pod.getMetadata().getUid());
        }
        uses.remove(pod.getMetadata().getUid());
    }

    /** What a restore from a snapshot of {@code sourcePv} copies: the snapshot, or the live volume if so planted. */
    Path restoreSource(String sourcePv, Path snapshot) {
        SimulatedEngine engine = engineOf(sourcePv);
        Path live = volumes.volume(sourcePv);
        return engine != null && engine.servesLiveData() && Files.isDirectory(live) ? live : snapshot;
    }

    /** What happens to a volume restored from a snapshot of {@code sourcePv} once it is copied. */
    Consumer<Path> afterRestore(String sourcePv) {
        SimulatedEngine engine = engineOf(sourcePv);
        long lost = engine == null ? 0 : engine.restoreLoss();
        return lost > 0 ? dir -> EngineCopies.zeroTails(dir, lost) : dir -> { };
    }

    /** Whether a clone of {@code sourcePv} shares its blocks (a planted fault) instead of being a copy. */
    boolean clonesShareBlocks(String sourcePv) {
        SimulatedEngine engine = engineOf(sourcePv);
        return engine != null && engine.sharesCloneBlocks();
    }

    /** The engine serving {@code pvName}, or null when none of the replicated engines does. */
    SimulatedEngine engineOfVolume(String pvName) {
        return engineOf(pvName);
    }

    private void volumeChanged(PersistentVolume pv) {
        LonghornManager manager = managerOf(pv);
        if (manager != null && pv.getMetadata().getDeletionTimestamp() == null) {
            manager.volume(pv);
        }
    }

    private void volumeDeleted(PersistentVolume pv) {
        managers.forEach(m -> m.deleted(pv.getMetadata().getName()));
    }

    private SimulatedEngine engineOf(String pvName) {
        PersistentVolume pv = pvName == null || managers.isEmpty() ? null : client.persistentVolumes().withName(pvName).get();
        LonghornManager manager = pv == null ? null : managerOf(pv);
        return manager == null ? null : manager.engine();
    }

    private LonghornManager managerOf(PersistentVolume pv) {
        return managers.stream().filter(m -> m.serves(pv)).findFirst().orElse(null);
    }

    private List<PersistentVolume> persistentVolumes(Pod pod) {
        List<PersistentVolume> pvs = new ArrayList<>();
        for (Volume volume : pod.getSpec().getVolumes()) {
            if (volume.getPersistentVolumeClaim() == null) {
                continue;
            }
            PersistentVolumeClaim pvc = client.persistentVolumeClaims().inNamespace(pod.getMetadata().getNamespace())
                    .withName(volume.getPersistentVolumeClaim().getClaimName()).get();
            String pvName = pvc == null ? null : pvc.getSpec().getVolumeName();
            PersistentVolume pv = pvName == null ? null : client.persistentVolumes().withName(pvName).get();
            if (pv != null) {
                pvs.add(pv);
            }
        }
        return pvs;
    }

    /** Resumes every frozen process and cancels the freezes to come; before the pods' processes are killed. */
    @Override
    public void close() {
        freezer.close();
    }
}
