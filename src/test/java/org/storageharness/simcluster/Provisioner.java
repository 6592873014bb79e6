package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimStatusBuilder;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The CSI external-provisioner and the PV controller in one: provisions a volume on a local directory for each claim
 * of a known StorageClass (at once, or on the node the scheduler selected), binds it, and deletes it with its claim.
 */
final class Provisioner {

    private static final String PV_CONTROLLER = "persistentvolume-controller";

    private final KubernetesClient client;
    private final VolumeStore volumes;
    private final DataSources dataSources;
    private final Events events;
    private final Faults faults;
    private final Map<String, String> provisioned = new HashMap<>();

    Provisioner(KubernetesClient client, VolumeStore volumes, Events events, Faults faults, ReplicatedEngines engines) {
        this.client = client;
        this.volumes = volumes;
        this.dataSources = new DataSources(client, volumes, engines);
        this.events = events;
        this.faults = faults;
    }

    void reconcile(PersistentVolumeClaim pvc) {
        Claim claim = new Claim(pvc);
        if (claim.bound() || claim.deleting() || provisioned.containsKey(claim.uid())) {
            return;
        }
        StorageClass storageClass = StorageClasses.of(client, claim);
        if (storageClass == null) {
            events.warningOnce(pvc, PV_CONTROLLER, "ProvisioningFailed", "storageclass.storage.k8s.io \""
                    + claim.storageClassName() + "\" not found");
        } else if (mayProvision(claim, storageClass)) {
            DataSources.Resolution source = dataSources.resolve(claim);
            if (source.problem() != null) {
                events.warningOnce(pvc, storageClass.getProvisioner(), "ProvisioningFailed", source.problem());
            } else {
                provision(claim, storageClass, source);
            }
        }
    }

    /** The claim is gone: its volume goes too, unless the class says Retain. */
    void released(PersistentVolumeClaim pvc) {
        String pv = provisioned.remove(pvc.getMetadata().getUid());
        if (pv == null) {
            return;
        }
        PersistentVolume volume = client.persistentVolumes().withName(pv).get();
        if (volume != null && "Retain".equals(volume.getSpec().getPersistentVolumeReclaimPolicy())) {
            client.persistentVolumes().withName(pv).editStatus(v -> {
                v.getStatus().setPhase("Released");
                return v;
            });
            return;
        }
        volumes.deleteVolume(pv);
        client.persistentVolumes().withName(pv).delete();
    }

    /** False, with an event saying why, while the claim has to wait. */
    private boolean mayProvision(Claim claim, StorageClass storageClass) {
        String className = storageClass.getMetadata().getName();
        if (claim.request() == null) {
            events.warningOnce(claim.pvc(), PV_CONTROLLER, "ProvisioningFailed",
                    "the claim has no resources.requests.storage");
            return false;
        }
        if (faults.isProvisioningStuck(className)) {
            events.warningOnce(claim.pvc(), storageClass.getProvisioner(), "ProvisioningFailed",
                    "failed to provision volume with StorageClass \"" + className + "\": rpc error: code ="
                    + " DeadlineExceeded desc = context deadline exceeded (simulated fault: the provisioner hangs)");
            return false;
        }
        if (StorageClasses.waitsForConsumer(storageClass) && claim.selectedNode() == null) {
            events.normalOnce(claim.pvc(), PV_CONTROLLER, "WaitForFirstConsumer",
                    "waiting for first consumer to be created before binding");
            return false;
        }
        return true;
    }

    private void provision(Claim claim, StorageClass storageClass, DataSources.Resolution source) {
        String pv = "pvc-" + claim.uid();
        String driver = storageClass.getProvisioner();
        events.normal(claim.pvc(), driver, "Provisioning",
                "External provisioner is provisioning volume for claim \"" + claim.key() + "\"");
        Path dir = source.path() == null ? volumes.create(pv, claim.block(), claim.bytes())
                : source.shared() ? volumes.link(pv, source.path()) : volumes.restore(pv, source.path());
        source.afterCopy().accept(dir);
        if (!claim.block()) {
            volumes.setFilesystemBytes(pv, claim.bytes());
        }
        String node = StorageClasses.waitsForConsumer(storageClass) ? claim.selectedNode() : null;
        client.persistentVolumes().resource(volume(claim, storageClass, pv, node, dir)).create();
        provisioned.put(claim.uid(), pv);
        client.persistentVolumeClaims().inNamespace(claim.namespace()).withName(claim.name())
                .edit(c -> bound(c, pv, storageClass));
        events.normal(claim.pvc(), driver, "ProvisioningSucceeded", "Successfully provisioned volume " + pv);
    }

    private static PersistentVolumeClaim bound(PersistentVolumeClaim pvc, String pv, StorageClass storageClass) {
        Map<String, String> annotations = new HashMap<>(pvc.getMetadata().getAnnotations());
        annotations.put("pv.kubernetes.io/bind-completed", "yes");
        annotations.put("pv.kubernetes.io/bound-by-controller", "yes");
        annotations.put("volume.beta.kubernetes.io/storage-provisioner", storageClass.getProvisioner());
        annotations.put("volume.kubernetes.io/storage-provisioner", storageClass.getProvisioner());
        pvc.getMetadata().setAnnotations(annotations);
        pvc.getSpec().setVolumeName(pv);
        pvc.getSpec().setStorageClassName(storageClass.getMetadata().getName());
        pvc.setStatus(new PersistentVolumeClaimStatusBuilder().withPhase("Bound")
                .withAccessModes(pvc.getSpec().getAccessModes())
                .addToCapacity("storage", new Claim(pvc).request()).build());
        return pvc;
    }

    private static PersistentVolume volume(Claim claim, StorageClass storageClass, String pv, String node, Path dir) {
        Map<String, String> attributes = new HashMap<>(storageClass.getParameters());
        attributes.put("simcluster.storage-harness.io/path", dir.toString());
        var spec = new PersistentVolumeBuilder()
                .withNewMetadata().withName(pv)
                .addToAnnotations("pv.kubernetes.io/provisioned-by", storageClass.getProvisioner()).endMetadata()
                .withNewSpec().addToCapacity("storage", claim.request())
                .withAccessModes(claim.pvc().getSpec().getAccessModes()).withVolumeMode(claim.volumeMode())
                .withPersistentVolumeReclaimPolicy(storageClass.getReclaimPolicy() == null ? "Delete"
                        : storageClass.getReclaimPolicy())
                .withStorageClassName(storageClass.getMetadata().getName())
                .withMountOptions(storageClass.getMountOptions())
                .withNewClaimRef().withApiVersion("v1").withKind("PersistentVolumeClaim")
                .withNamespace(claim.namespace()).withName(claim.name()).withUid(claim.uid())
                .withResourceVersion(claim.pvc().getMetadata().getResourceVersion()).endClaimRef()
                .withNewCsi().withDriver(storageClass.getProvisioner()).withVolumeHandle(pv)
                .withFsType(claim.block() ? null : "ext4").withVolumeAttributes(attributes).endCsi();
        if (node != null) {
            spec = spec.withNewNodeAffinity().withNewRequired().addNewNodeSelectorTerm().addNewMatchExpression()
                    .withKey(Nodes.HOSTNAME_LABEL).withOperator("In").withValues(node).endMatchExpression()
                    .endNodeSelectorTerm().endRequired().endNodeAffinity();
        }
        return spec.endSpec().withNewStatus().withPhase("Bound").endStatus().build();
    }
}
