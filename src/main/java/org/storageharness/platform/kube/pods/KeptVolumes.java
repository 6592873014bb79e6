package org.storageharness.platform.kube.pods;

import org.storageharness.platform.kube.cluster.Manifests;

import org.storageharness.platform.kube.cluster.Labels;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.KubeVolume;

/**
 * Volumes that outlive a run (the upgrade gate's golden data): one PVC per engine in a namespace of their own
 * ({@code storage-harness-kept}, or the user's fixed namespace), labelled {@code role=kept} and without a run id, so
 * cleanup and the leftover sweep pass them by. Only objects with these labels are used or removed.
 */
public final class KeptVolumes {

    public static final String NAMESPACE = "storage-harness-kept";
    public static final String ROLE = "kept";

    private final KubernetesClient client;
    private final String namespace;
    private final boolean ownNamespace;

    public KeptVolumes(KubernetesClient client, String fixedNamespace) {
        this.client = client;
        this.namespace = fixedNamespace == null ? NAMESPACE : fixedNamespace;
        this.ownNamespace = fixedNamespace == null;
    }

    public String namespace() {
        return namespace;
    }

    /** The engine's kept volume, created (with its namespace) when missing. */
    public VolumePool.Volume volume(EngineSpec engine, String size) {
        KubeVolume kube = engine.kubeVolume().orElseThrow();
        if (ownNamespace && client.namespaces().withName(namespace).get() == null) {
            client.namespaces().resource(new NamespaceBuilder().withMetadata(meta(namespace, null)).build()).create();
        }
        String claim = claim(engine);
        PersistentVolumeClaim existing = client.persistentVolumeClaims().inNamespace(namespace).withName(claim).get();
        if (existing != null && !kept(existing)) {
            throw new IllegalStateException("PVC [" + namespace + "/" + claim + "] exists but is not a storage-harness"
                    + " kept volume; it is left alone: rename it or use another -Dnamespace");
        }
        if (existing == null) {
            PersistentVolumeClaim pvc = new Manifests("kept", 0).volume(claim, engine.id(), kube, size);
            pvc.setMetadata(meta(claim, engine.id()));
            client.persistentVolumeClaims().inNamespace(namespace).resource(pvc).create();
        }
        return new VolumePool.Volume(engine.id(), claim, null, kube.block());
    }

    /** Removes the engine's kept volume, and the kept namespace once it holds no kept volume. */
    public void drop(EngineSpec engine) {
        PersistentVolumeClaim existing = client.persistentVolumeClaims().inNamespace(namespace)
                .withName(claim(engine)).get();
        if (existing != null && kept(existing)) {
            client.persistentVolumeClaims().inNamespace(namespace).withName(claim(engine)).delete();
            client.persistentVolumeClaims().inNamespace(namespace).withName(claim(engine))
                    .waitUntilCondition(Objects::isNull, 3, TimeUnit.MINUTES);
        }
        Namespace ns = client.namespaces().withName(namespace).get();
        boolean empty = client.persistentVolumeClaims().inNamespace(namespace).withLabel(Labels.ROLE, ROLE).list()
                .getItems().isEmpty();
        if (ownNamespace && ns != null && kept(ns) && empty) {
            client.namespaces().withName(namespace).delete();
        }
    }

    private static String claim(EngineSpec engine) {
        return "sh-kept-" + engine.id().replaceAll("[^a-z0-9-]", "-");
    }

    private static boolean kept(HasMetadata o) {
        Map<String, String> l = o.getMetadata().getLabels();
        return l != null && Labels.MANAGER.equals(l.get(Labels.MANAGED_BY)) && ROLE.equals(l.get(Labels.ROLE));
    }

    private static ObjectMeta meta(String name, String engine) {
        ObjectMeta m = new ObjectMeta();
        m.setName(name);
        m.setLabels(engine == null ? Map.of(Labels.MANAGED_BY, Labels.MANAGER, Labels.ROLE, ROLE)
                : Map.of(Labels.MANAGED_BY, Labels.MANAGER, Labels.ROLE, ROLE, Labels.ENGINE, engine));
        return m;
    }
}
