package org.storageharness.platform.kube.lab;

import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.storageharness.suite.EngineSpec;
import org.storageharness.engine.Capabilities;

/**
 * How many copies an engine's volumes get: the StorageClass parameter the catalog names for the kind (engine setting
 * {@code replicaParameter}: Longhorn {@code numberOfReplicas}, Mayastor {@code repl}, LINSTOR {@code placementCount})
 * when the class sets it, else the catalog's (or the suite's) {@code capabilities.replicas}.
 */
public final class Replicas {

    private Replicas() {
    }

    public static int of(KubernetesClient client, EngineSpec engine) {
        int declared = engine.traits().capabilities().replicas();
        String parameter = engine.traits().settings().get("replicaParameter");
        if (parameter == null || engine.storageClass() == null) {
            return declared;
        }
        StorageClass sc = client.storage().v1().storageClasses().withName(engine.storageClass()).get();
        String value = sc == null || sc.getParameters() == null ? null : sc.getParameters().get(parameter);
        try {
            return value == null ? declared : Math.max(1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return declared;
        }
    }

    /** The engine with the replica count its StorageClass asks for. */
    public static EngineSpec effective(KubernetesClient client, EngineSpec engine) {
        int replicas = of(client, engine);
        if (replicas == engine.traits().capabilities().replicas()) {
            return engine;
        }
        var c = engine.traits().capabilities();
        var traits = engine.traits().withCapabilities(new Capabilities(c.snapshot(),
                replicas, c.block(), c.expansion(), c.rwx(), c.cloning()));
        return new EngineSpec(engine.id(), engine.kind(), engine.description(), engine.local(), engine.kube(),
                engine.versionPods(), traits, engine.node());
    }
}
