package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storageharness.platform.kube.pods.FioPodContract;
import org.storageharness.platform.kube.cluster.Labels;

/** Objects shaped as the harness creates them ({@link FioPodContract}, {@link Labels}), for the simulation's tests. */
final class Manifests {

    static final String IMAGE = "ghcr.io/storage-harness/fio:3.33";
    static final String RUN_ID = "sim-test";

    /** 1 s of 4 KiB random writes on 8 MiB, the data file named through {@code ${TARGET}} as the contract says. */
    static final String SHORT_JOB = String.join("\n", "[global]", "ioengine=psync", "direct=0",
            "filename=${TARGET}", "size=8m", "", "[randwrite]", "rw=randwrite", "bs=4k", "time_based=1",
            "runtime=1s", "");

    /** Random writes until stopped (at most 60 s). */
    static final String LONG_JOB = SHORT_JOB.replace("runtime=1s", "runtime=60s");

    private Manifests() {
    }

    static Map<String, String> labels(String role) {
        Map<String, String> labels = new HashMap<>(Labels.forRun(RUN_ID, 1_700_000_000L));
        labels.put(Labels.ROLE, role);
        return labels;
    }

    static PersistentVolumeClaim claim(String name, String storageClass, String volumeMode, String size) {
        return new PersistentVolumeClaimBuilder()
                .withNewMetadata().withName(name).withLabels(labels("volume")).endMetadata()
                .withNewSpec().withStorageClassName(storageClass).withAccessModes("ReadWriteOnce")
                .withVolumeMode(volumeMode).withNewResources().addToRequests("storage", new Quantity(size))
                .endResources().endSpec().build();
    }

    static PersistentVolumeClaim restoredClaim(String name, String storageClass, String snapshot, String size) {
        return new PersistentVolumeClaimBuilder(claim(name, storageClass, "Filesystem", size)).editSpec()
                .withNewDataSource().withApiGroup("snapshot.storage.k8s.io").withKind("VolumeSnapshot")
                .withName(snapshot).endDataSource().endSpec().build();
    }

    static ConfigMap jobFile(String name, String job) {
        return new ConfigMapBuilder().withNewMetadata().withName(name).withLabels(labels("job")).endMetadata()
                .addToData(FioPodContract.JOB_KEY, job).build();
    }

    /** The fio pod of the contract: job ConfigMap, claim at /data (or as a block device), emptyDir at /scratch. */
    static Pod fioPod(String name, String claim, String jobConfigMap, boolean block, String node) {
        List<EnvVar> env = env(block);
        var container = new PodBuilder().withNewMetadata().withName(name).withLabels(labels("fio")).endMetadata()
                .withNewSpec().withRestartPolicy("Never")
                .withNodeSelector(node == null ? Map.of() : Map.of("kubernetes.io/hostname", node))
                .addNewVolume().withName("job").withNewConfigMap().withName(jobConfigMap).endConfigMap().endVolume()
                .addNewVolume().withName("data").withNewPersistentVolumeClaim().withClaimName(claim)
                .endPersistentVolumeClaim().endVolume()
                .addNewVolume().withName("scratch").withNewEmptyDir().endEmptyDir().endVolume()
                .addNewContainer().withName(FioPodContract.CONTAINER).withImage(IMAGE)
                .withCommand("/bin/sh", "-c", FioPodContract.SCRIPT).withEnv(env)
                .addNewVolumeMount().withName("job").withMountPath(FioPodContract.JOB_MOUNT).endVolumeMount()
                .addNewVolumeMount().withName("scratch").withMountPath(FioPodContract.SCRATCH_MOUNT).endVolumeMount();
        container = block
                ? container.addNewVolumeDevice().withName("data").withDevicePath(FioPodContract.DEVICE_PATH)
                        .endVolumeDevice()
                : container.addNewVolumeMount().withName("data").withMountPath(FioPodContract.DATA_MOUNT)
                        .endVolumeMount();
        return container.endContainer().endSpec().build();
    }

    private static List<EnvVar> env(boolean block) {
        return List.of(
                new EnvVar(FioPodContract.ENV_JOB, FioPodContract.JOB_MOUNT + "/" + FioPodContract.JOB_KEY, null),
                new EnvVar(FioPodContract.ENV_TARGET, block ? FioPodContract.DEVICE_PATH : FioPodContract.DATA_FILE,
                        null),
                new EnvVar(FioPodContract.ENV_TARGET_DIR,
                        block ? FioPodContract.SCRATCH_MOUNT : FioPodContract.DATA_MOUNT, null),
                new EnvVar(FioPodContract.ENV_SCRATCH, FioPodContract.SCRATCH_MOUNT, null),
                new EnvVar(FioPodContract.ENV_RUNTIME, "1s", null));
    }

    /** A pod running {@code script} with the claim mounted at /data and {@code DATA=/data} in its env. */
    static Pod shellPod(String name, String claim, String script, String node) {
        return new PodBuilder().withNewMetadata().withName(name).withLabels(labels("job")).endMetadata()
                .withNewSpec().withRestartPolicy("Never")
                .withNodeSelector(node == null ? Map.of() : Map.of("kubernetes.io/hostname", node))
                .addNewVolume().withName("data").withNewPersistentVolumeClaim().withClaimName(claim)
                .endPersistentVolumeClaim().endVolume()
                .addNewContainer().withName("shell").withImage("busybox:1.36").withCommand("/bin/sh", "-c", script)
                .addNewEnv().withName("DATA").withValue("/data").endEnv()
                .addNewVolumeMount().withName("data").withMountPath("/data").endVolumeMount()
                .endContainer().endSpec().build();
    }
}
