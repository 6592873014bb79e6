package org.storageharness.platform.kube.lab;

import org.storageharness.platform.kube.cluster.Manifests;

import org.storageharness.platform.kube.cluster.ClusterProblemException;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.TypedLocalObjectReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshot;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.storageharness.engine.VolumeRef;
import org.storageharness.lifecycle.Uninterrupted;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.KubeVolume;

/**
 * A lab's PVCs and VolumeSnapshots, removed in reverse order of creation: a restored volume before its snapshot,
 * snapshots before their source. With the engine's {@code clonesFirst} each is awaited gone (PV included) before the
 * next goes, since ZFS-backed snapshots cannot be deleted while a clone exists.
 */
public final class LabVolumes {

    private static final long GONE_MINUTES = 3;

    private record Created(String kind, String name) {
    }

    private final KubernetesClient client;
    private final String namespace;
    private final Manifests manifests;
    private final EngineSpec engine;
    private final Consumer<String> log;
    private final Deque<Created> created = new ArrayDeque<>();

    public LabVolumes(KubernetesClient client, String namespace, Manifests manifests, EngineSpec engine,
               Consumer<String> log) {
        this.client = client;
        this.namespace = namespace;
        this.manifests = manifests;
        this.engine = engine;
        this.log = log;
    }

    public void claim(String name, String size) {
        create(manifests.volume(name, engine.id(), kube(), size));
    }

    /** A claim restored from {@code snapshot}, requesting {@code size} (the snapshot's restore size). */
    public void restore(String name, String snapshot, String size) {
        PersistentVolumeClaim pvc = manifests.volume(name, engine.id(), kube(), size);
        pvc.getSpec().setDataSource(new TypedLocalObjectReferenceBuilder().withApiGroup("snapshot.storage.k8s.io")
                .withKind("VolumeSnapshot").withName(snapshot).build());
        create(pvc);
    }

    /** A claim cloned from the claim {@code source} (same namespace), requesting {@code size}. */
    public void cloneOf(String name, String source, String size) {
        PersistentVolumeClaim pvc = manifests.volume(name, engine.id(), kube(), size);
        pvc.getSpec().setDataSource(new TypedLocalObjectReferenceBuilder().withKind("PersistentVolumeClaim")
                .withName(source).build());
        create(pvc);
    }

    public void snapshotCreated(String name) {
        created.push(new Created("snapshot", name));
    }

    private void create(PersistentVolumeClaim pvc) {
        client.persistentVolumeClaims().inNamespace(namespace).resource(pvc).create();
        created.push(new Created("claim", pvc.getMetadata().getName()));
    }

    private KubeVolume kube() {
        return engine.kubeVolume().orElseThrow();
    }

    /** The claim's volume as the engine knows it; the claim must be bound. */
    public VolumeRef ref(String claim, String consumerNode) {
        PersistentVolume pv = volume(claim).orElseThrow(() -> new ClusterProblemException("PVC [" + namespace + "/"
                + claim + "] is not bound to a PersistentVolume"));
        var csi = pv.getSpec().getCsi();
        Quantity capacity = pv.getSpec().getCapacity() == null ? null : pv.getSpec().getCapacity().get("storage");
        return new VolumeRef(pv.getMetadata().getName(), csi == null ? null : csi.getVolumeHandle(),
                csi == null ? Map.of() : csi.getVolumeAttributes(), consumerNode,
                capacity == null ? 0 : Quantity.getAmountInBytes(capacity).longValue());
    }

    /** The one node the claim's PV is restricted to by node affinity, if any. */
    public Optional<String> pinnedNode(String claim) {
        return volume(claim).map(pv -> pv.getSpec().getNodeAffinity()).map(a -> a.getRequired())
                .map(r -> r.getNodeSelectorTerms()).filter(t -> t.size() == 1)
                .flatMap(t -> t.get(0).getMatchExpressions().stream()
                        .filter(e -> "In".equals(e.getOperator()) && e.getValues().size() == 1).findFirst())
                .map(e -> e.getValues().get(0));
    }

    private Optional<PersistentVolume> volume(String claim) {
        PersistentVolumeClaim pvc = client.persistentVolumeClaims().inNamespace(namespace).withName(claim).get();
        String pv = pvc == null ? null : pvc.getSpec().getVolumeName();
        return pv == null ? Optional.empty() : Optional.ofNullable(client.persistentVolumes().withName(pv).get());
    }

    /** Removes everything created, newest first; interrupts are set aside so teardown completes. */
    public void removeAll() {
        Uninterrupted.run(() -> {
            List<Created> order = List.copyOf(created);
            for (Created c : order) {
                remove(c, engine.traits().clonesFirst());
            }
            for (Created c : order) {
                awaitGone(c, Optional.empty());
            }
            created.clear();
        });
    }

    private void remove(Created c, boolean wait) {
        Optional<String> pv = Optional.empty();
        if (c.kind().equals("claim")) {
            pv = volume(c.name()).map(v -> v.getMetadata().getName());
            client.persistentVolumeClaims().inNamespace(namespace).withName(c.name()).delete();
        } else {
            client.resources(VolumeSnapshot.class).inNamespace(namespace).withName(c.name()).delete();
        }
        if (wait) {
            awaitGone(c, pv);
        }
    }

    /** Waits until the object is gone, and its PersistentVolume {@code pv} when given. */
    private void awaitGone(Created c, Optional<String> pv) {
        if (c.kind().equals("snapshot")) {
            client.resources(VolumeSnapshot.class).inNamespace(namespace).withName(c.name())
                    .waitUntilCondition(Objects::isNull, GONE_MINUTES, TimeUnit.MINUTES);
            return;
        }
        client.persistentVolumeClaims().inNamespace(namespace).withName(c.name())
                .waitUntilCondition(Objects::isNull, GONE_MINUTES, TimeUnit.MINUTES);
        pv.ifPresent(name -> client.persistentVolumes().withName(name)
                .waitUntilCondition(Objects::isNull, GONE_MINUTES, TimeUnit.MINUTES));
    }
}
