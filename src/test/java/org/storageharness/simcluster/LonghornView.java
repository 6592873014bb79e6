package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Longhorn's CRs as a client of the simulated cluster reads them: plain fabric8 generic resources, for the tests. */
record LonghornView(KubernetesClient client) {

    static final String NAMESPACE = "longhorn-system";
    private static final String API = "longhorn.io/v1beta2";

    GenericKubernetesResource volume(String pv) {
        return client.genericKubernetesResources(API, "Volume").inNamespace(NAMESPACE).withName(pv).get();
    }

    GenericKubernetesResource engine(String pv) {
        return client.genericKubernetesResources(API, "Engine").inNamespace(NAMESPACE).withName(pv + "-e-0").get();
    }

    List<GenericKubernetesResource> replicas(String pv) {
        return client.genericKubernetesResources(API, "Replica").inNamespace(NAMESPACE)
                .withLabel("longhornvolume", pv).list().getItems();
    }

    /** Waits (through a watch) until the Volume CR of {@code pv} exists and matches {@code condition}. */
    GenericKubernetesResource awaitVolume(String pv, Predicate<GenericKubernetesResource> condition) {
        return client.genericKubernetesResources(API, "Volume").inNamespace(NAMESPACE).withName(pv)
                .waitUntilCondition(v -> v != null && condition.test(v), Awaits.SECONDS, TimeUnit.SECONDS);
    }

    GenericKubernetesResource awaitEngine(String pv, Predicate<GenericKubernetesResource> condition) {
        return client.genericKubernetesResources(API, "Engine").inNamespace(NAMESPACE).withName(pv + "-e-0")
                .waitUntilCondition(e -> e != null && condition.test(e), Awaits.SECONDS, TimeUnit.SECONDS);
    }

    static Predicate<GenericKubernetesResource> robustness(String robustness) {
        return v -> robustness.equals(v.get("status", "robustness"));
    }

    static Map<String, String> modes(GenericKubernetesResource engine) {
        Map<String, String> modes = engine.get("status", "replicaModeMap");
        return modes == null ? Map.of() : modes;
    }

    static String nodeOf(GenericKubernetesResource replica) {
        return replica.get("spec", "nodeID");
    }
}
