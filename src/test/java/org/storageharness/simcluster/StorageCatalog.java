package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.storage.CSIDriverBuilder;
import io.fabric8.kubernetes.api.model.storage.CSINode;
import io.fabric8.kubernetes.api.model.storage.CSINodeBuilder;
import io.fabric8.kubernetes.api.model.storage.CSINodeDriver;
import io.fabric8.kubernetes.api.model.storage.CSINodeDriverBuilder;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.fabric8.kubernetes.api.model.storage.StorageClassBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshotClass;
import io.fabric8.volumesnapshot.api.model.VolumeSnapshotClassBuilder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.fabric8.kubernetes.api.model.storage.CSIDriver;

/**
 * Cluster-wide storage objects: StorageClasses, a CSIDriver per provisioner, a CSINode per node listing every driver,
 * and VolumeSnapshotClasses. The first StorageClass and the first VolumeSnapshotClass added are the defaults.
 */
final class StorageCatalog {

    static final String DEFAULT_CLASS = "storageclass.kubernetes.io/is-default-class";
    static final String DEFAULT_SNAPSHOT_CLASS = "snapshot.storage.kubernetes.io/is-default-class";

    private final KubernetesClient client;
    private final Set<String> drivers = new LinkedHashSet<>();
    private final List<String> nodes = new ArrayList<>();
    private boolean hasStorageClass;
    private boolean hasSnapshotClass;

    StorageCatalog(KubernetesClient client) {
        this.client = client;
    }

    synchronized void addStorageClass(String name, String provisioner, VolumeBindingMode mode,
            Map<String, String> parameters) {
        addDriver(provisioner);
        StorageClass storageClass = new StorageClassBuilder()
                .withNewMetadata().withName(name)
                .withAnnotations(Map.of(DEFAULT_CLASS, Boolean.toString(!hasStorageClass))).endMetadata()
                .withProvisioner(provisioner).withParameters(parameters).withReclaimPolicy("Delete")
                .withVolumeBindingMode(mode.apiValue()).withAllowVolumeExpansion(true).build();
        client.resources(StorageClass.class).resource(storageClass).create();
        hasStorageClass = true;
    }

    synchronized void addSnapshotClass(String name, String driver, Map<String, String> parameters) {
        addDriver(driver);
        VolumeSnapshotClass snapshotClass = new VolumeSnapshotClassBuilder()
                .withNewMetadata().withName(name)
                .withAnnotations(Map.of(DEFAULT_SNAPSHOT_CLASS, Boolean.toString(!hasSnapshotClass))).endMetadata()
                .withDriver(driver).withDeletionPolicy("Delete").withParameters(parameters).build();
        client.resources(VolumeSnapshotClass.class).resource(snapshotClass).create();
        hasSnapshotClass = true;
    }

    synchronized void addNode(String node) {
        nodes.add(node);
        CSINode csiNode = new CSINodeBuilder().withNewMetadata().withName(node).endMetadata()
                .withNewSpec().withDrivers(drivers.stream().map(d -> driverOn(d, node)).toList()).endSpec().build();
        client.resources(CSINode.class).resource(csiNode).create();
    }

    private void addDriver(String driver) {
        if (!drivers.add(driver)) {
            return;
        }
        client.resources(CSIDriver.class).resource(new CSIDriverBuilder()
                .withNewMetadata().withName(driver).endMetadata()
                .withNewSpec().withAttachRequired(false).withPodInfoOnMount(false).withFsGroupPolicy("File")
                .withVolumeLifecycleModes("Persistent").withStorageCapacity(false).endSpec().build()).create();
        for (String node : nodes) {
            client.resources(CSINode.class).withName(node).edit(csiNode -> {
                csiNode.getSpec().getDrivers().add(driverOn(driver, node));
                return csiNode;
            });
        }
    }

    private static CSINodeDriver driverOn(String driver, String node) {
        return new CSINodeDriverBuilder().withName(driver).withNodeID(node)
                .withTopologyKeys(Nodes.HOSTNAME_LABEL).build();
    }
}
