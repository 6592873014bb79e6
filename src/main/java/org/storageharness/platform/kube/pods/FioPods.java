package org.storageharness.platform.kube.pods;

import org.storageharness.platform.kube.cluster.Manifests;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storageharness.suite.KubeOptions;

/** Builds fio pods, and the ConfigMaps of their job files, as {@link FioPodContract} describes them. */
public final class FioPods {

    private final Manifests manifests;
    private final KubeOptions options;

    public FioPods(Manifests manifests, KubeOptions options) {
        this.manifests = manifests;
        this.options = options;
    }

    /** The ConfigMap that holds {@code jobText} where the pods of {@link #pod} mount their job file. */
    public ConfigMap jobFile(String name, String engine, String jobText) {
        return manifests.jobFile(name, engine, FioPodContract.JOB_KEY, jobText);
    }

    /** Seconds a deleted fio pod gets between SIGTERM and SIGKILL. */
    static final long TERMINATION_GRACE_SECONDS = 1;

    /**
     * @param node the node the pod must run on (its volume may be bound there); null to let the scheduler choose
     * @param runtime value of {@code RUNTIME} for job files that use it; may be null
     */
    public Pod pod(String name, String role, VolumePool.Volume volume, String configMap, String node, String runtime) {
        if (volume.host() != null) {
            List<EnvVar> env = new ArrayList<>(env(false, runtime));
            env.removeIf(e -> e.getName().equals(FioPodContract.ENV_TARGET)
                    || e.getName().equals(FioPodContract.ENV_TARGET_DIR));
            return NodePods.pod(manifests.meta(name, role, volume.engine()), volume.host(), base(env), configMap);
        }
        Map<String, String> selector = new LinkedHashMap<>(options.nodeSelector());
        if (node != null) {
            selector.put("kubernetes.io/hostname", node);
        }
        // The container's sh is PID 1, which ignores SIGTERM: without a short grace a deleted pod (a stopped run, a
        // timeout) would keep fio writing for Kubernetes' default 30 s.
        return new PodBuilder().withMetadata(manifests.meta(name, role, volume.engine()))
                .withNewSpec().withRestartPolicy("Never").withNodeSelector(selector)
                .withTerminationGracePeriodSeconds(TERMINATION_GRACE_SECONDS)
                .addNewVolume().withName("job").withNewConfigMap().withName(configMap).endConfigMap().endVolume()
                .addNewVolume().withName("data").withNewPersistentVolumeClaim().withClaimName(volume.claim())
                .endPersistentVolumeClaim().endVolume()
                .addNewVolume().withName("scratch").withNewEmptyDir().endEmptyDir().endVolume()
                .addToContainers(container(volume.block(), runtime).build())
                .endSpec().build();
    }

    private ContainerBuilder container(boolean block, String runtime) {
        ContainerBuilder c = base(env(block, runtime));
        if (block) {
            c.addNewVolumeDevice().withName("data").withDevicePath(FioPodContract.DEVICE_PATH).endVolumeDevice();
        } else {
            c.addNewVolumeMount().withName("data").withMountPath(FioPodContract.DATA_MOUNT).endVolumeMount();
        }
        return c;
    }

    /** The fio container with its job file and scratch mounts and resources; the data volume is the caller's. */
    private ContainerBuilder base(List<EnvVar> env) {
        ContainerBuilder c = new ContainerBuilder().withName(FioPodContract.CONTAINER).withImage(options.fioImage())
                .withCommand("/bin/sh", "-c", FioPodContract.SCRIPT).withEnv(env)
                .addNewVolumeMount().withName("job").withMountPath(FioPodContract.JOB_MOUNT).withReadOnly(true)
                .endVolumeMount()
                .addNewVolumeMount().withName("scratch").withMountPath(FioPodContract.SCRATCH_MOUNT).endVolumeMount();
        if (options.cpu() != null || options.memory() != null) {
            Map<String, Quantity> amounts = new LinkedHashMap<>();
            if (options.cpu() != null) {
                amounts.put("cpu", new Quantity(options.cpu()));
            }
            if (options.memory() != null) {
                amounts.put("memory", new Quantity(options.memory()));
            }
            c.withResources(new ResourceRequirementsBuilder().withRequests(amounts).withLimits(amounts).build());
        }
        return c;
    }

    private static List<EnvVar> env(boolean block, String runtime) {
        List<EnvVar> env = new ArrayList<>();
        env.add(new EnvVar(FioPodContract.ENV_JOB, FioPodContract.JOB_MOUNT + "/" + FioPodContract.JOB_KEY, null));
        env.add(new EnvVar(FioPodContract.ENV_TARGET, block ? FioPodContract.DEVICE_PATH : FioPodContract.DATA_FILE,
                null));
        env.add(new EnvVar(FioPodContract.ENV_TARGET_DIR,
                block ? FioPodContract.SCRATCH_MOUNT : FioPodContract.DATA_MOUNT, null));
        env.add(new EnvVar(FioPodContract.ENV_SCRATCH, FioPodContract.SCRATCH_MOUNT, null));
        if (runtime != null) {
            env.add(new EnvVar(FioPodContract.ENV_RUNTIME, runtime, null));
        }
        return env;
    }
}
