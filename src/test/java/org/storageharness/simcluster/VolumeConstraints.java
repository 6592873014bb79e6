package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a pod's claims let it run: {@code nodes} it may go to (null: any), WaitForFirstConsumer claims that still need
 * a node selected, whether a selected claim is still being provisioned, or why the pod cannot be scheduled at all.
 */
record VolumeConstraints(Set<String> nodes, List<Claim> toSelect, boolean waiting, String problem) {

    static VolumeConstraints problem(String problem) {
        return new VolumeConstraints(Set.of(), List.of(), false, problem);
    }

    static VolumeConstraints of(KubernetesClient client, Pod pod) {
        Set<String> allowed = null;
        List<Claim> toSelect = new ArrayList<>();
        boolean waiting = false;
        for (String name : claimNames(pod)) {
            PersistentVolumeClaim pvc = client.persistentVolumeClaims()
                    .inNamespace(pod.getMetadata().getNamespace()).withName(name).get();
            if (pvc == null) {
                return problem("persistentvolumeclaim \"" + name + "\" not found");
            }
            Claim claim = new Claim(pvc);
            if (claim.bound()) {
                allowed = intersect(allowed, volumeNodes(client, claim.volumeName()));
            } else if (!waitsForConsumer(client, claim)) {
                return problem("pod has unbound immediate PersistentVolumeClaims");
            } else if (claim.selectedNode() == null) {
                toSelect.add(claim);
            } else {
                waiting = true;
                allowed = intersect(allowed, Set.of(claim.selectedNode()));
            }
        }
        return new VolumeConstraints(allowed, toSelect, waiting, null);
    }

    private static List<String> claimNames(Pod pod) {
        return pod.getSpec().getVolumes().stream().map(Volume::getPersistentVolumeClaim).filter(Objects::nonNull)
                .map(c -> c.getClaimName()).toList();
    }

    private static boolean waitsForConsumer(KubernetesClient client, Claim claim) {
        StorageClass storageClass = StorageClasses.of(client, claim);
        return storageClass != null && StorageClasses.waitsForConsumer(storageClass);
    }

    /** The nodes a volume's node affinity allows, or null when it has none. */
    private static Set<String> volumeNodes(KubernetesClient client, String pvName) {
        PersistentVolume pv = client.persistentVolumes().withName(pvName).get();
        if (pv == null || pv.getSpec().getNodeAffinity() == null) {
            return null;
        }
        return pv.getSpec().getNodeAffinity().getRequired().getNodeSelectorTerms().stream()
                .flatMap(t -> t.getMatchExpressions().stream())
                .filter(e -> Nodes.HOSTNAME_LABEL.equals(e.getKey()) && "In".equals(e.getOperator()))
                .flatMap(e -> e.getValues().stream()).collect(Collectors.toSet());
    }

    private static Set<String> intersect(Set<String> a, Set<String> b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both;
    }
}
