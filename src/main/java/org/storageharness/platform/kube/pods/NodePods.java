package org.storageharness.platform.kube.pods;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storageharness.suite.NodeVolume;

/**
 * The node baseline's pods (engine kind {@code node}): fio pinned to the named node, on a hostPath volume of that node.
 * <ul>
 *   <li>A directory: hostPath type {@code Directory} (it must exist; the harness creates nothing on the node)
 *   mounted at {@link FioPodContract#DATA_MOUNT}; fio's data file is named after the pod, refused if it exists
 *   already, and removed when fio ends. The container is not privileged, but hostPath volumes are forbidden by the
 *   Pod Security levels {@code baseline} and {@code restricted}, so the namespace must allow {@code privileged}.</li>
 *   <li>A raw device: hostPath type {@code BlockDevice} mounted (a hostPath device is a path, not a volumeDevice) at
 *   {@link FioPodContract#DEVICE_PATH}; the container is privileged (the device cgroup lets only privileged
 *   containers open a host device) and shares the host's PID namespace, so that {@link NodeGuard} reads the host's
 *   mounts in {@code /proc/1/mountinfo}. The guard runs before fio and refuses a device in use or holding data.</li>
 * </ul>
 */
final class NodePods {

    /** Pod Security admission: the namespace label and the level a node baseline's pods need. */
    static final String POD_SECURITY_LABEL = "pod-security.kubernetes.io/enforce";
    static final String PRIVILEGED = "privileged";

    private NodePods() {
    }

    static Pod pod(ObjectMeta meta, NodeVolume host, ContainerBuilder container, String configMap) {
        boolean device = host.isDevice();
        Map<String, String> selector = new LinkedHashMap<>();
        selector.put("kubernetes.io/hostname", host.node());
        String target = device ? FioPodContract.DEVICE_PATH
                : FioPodContract.DATA_MOUNT + "/storage-harness-" + meta.getName() + ".fio";
        container.withCommand("/bin/sh", "-c", script(device)).addAllToEnv(env(host, target))
                .addNewVolumeMount().withName("data").withMountPath(device ? FioPodContract.DEVICE_PATH
                        : FioPodContract.DATA_MOUNT).endVolumeMount();
        if (device) {
            container.withNewSecurityContext().withPrivileged(true).endSecurityContext();
        }
        return new PodBuilder().withMetadata(meta)
                .withNewSpec().withRestartPolicy("Never").withNodeSelector(selector).withHostPID(device ? true : null)
                .withTerminationGracePeriodSeconds(FioPods.TERMINATION_GRACE_SECONDS)
                .addNewVolume().withName("job").withNewConfigMap().withName(configMap).endConfigMap().endVolume()
                .addNewVolume().withName("data").withNewHostPath().withPath(host.location())
                .withType(device ? "BlockDevice" : "Directory").endHostPath().endVolume()
                .addNewVolume().withName("scratch").withNewEmptyDir().endEmptyDir().endVolume()
                .addToContainers(container.build())
                .endSpec().build();
    }

    /**
     * A device: the guard, then the contract's script. A directory: the contract's script in a subshell, refused when
     * its data file exists (never written over), the file removed after.
     */
    static String script(boolean device) {
        if (device) {
            return NodeGuard.SCRIPT + "\n" + FioPodContract.SCRIPT;
        }
        return String.join("\n",
                "if [ -e \"$TARGET\" ]; then echo \"" + NodeGuard.REFUSED + "[$TARGET] exists in directory"
                        + " [$NODE_DEVICE] of node [$NODE_NAME]; it is not the harness's to write over\"; exit "
                        + NodeGuard.EXIT + "; fi",
                "(", FioPodContract.SCRIPT, ")", "rc=$?", "rm -f \"$TARGET\"", "exit $rc");
    }

    private static List<EnvVar> env(NodeVolume host, String target) {
        List<EnvVar> env = new ArrayList<>();
        env.add(new EnvVar(FioPodContract.ENV_TARGET, target, null));
        env.add(new EnvVar(FioPodContract.ENV_TARGET_DIR, host.isDevice() ? FioPodContract.SCRATCH_MOUNT
                : FioPodContract.DATA_MOUNT, null));
        env.add(new EnvVar(NodeGuard.ENV_DEVICE, host.location(), null));
        env.add(new EnvVar(NodeGuard.ENV_NODE, host.node(), null));
        return env;
    }
}
