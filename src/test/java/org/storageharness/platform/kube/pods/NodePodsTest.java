package org.storageharness.platform.kube.pods;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.storageharness.platform.kube.cluster.Manifests;
import org.storageharness.suite.KubeOptions;
import org.storageharness.suite.NodeVolume;

/** The node baseline's pods: pinned to the node, the node's directory or device as a hostPath, privileged only for a device. */
class NodePodsTest {

    private final FioPods pods = new FioPods(new Manifests("r1", 1_800_000_000L), KubeOptions.defaults());

    @Test
    void aDirectoryIsAHostPathDirectoryInAnUnprivilegedPodWithADataFileNamedAfterThePod() {
        NodeVolume dir = new NodeVolume("w1", "/var/mnt/bench", null, false);

        Pod pod = pods.pod("sh-r1-c1", "fio", VolumePool.Volume.onNode("dir", dir), "cm", "w1", "2s");

        Container c = pod.getSpec().getContainers().get(0);
        assertThat(pod.getSpec().getNodeSelector()).containsExactly(Map.entry("kubernetes.io/hostname", "w1"));
        assertThat(pod.getSpec().getVolumes()).filteredOn(v -> v.getName().equals("data")).singleElement()
                .satisfies(v -> {
                    assertThat(v.getHostPath().getPath()).isEqualTo("/var/mnt/bench");
                    assertThat(v.getHostPath().getType()).isEqualTo("Directory");
                    assertThat(v.getPersistentVolumeClaim()).isNull();
                });
        assertThat(c.getSecurityContext()).isNull();
        assertThat(pod.getSpec().getHostPID()).isNull();
        assertThat(env(c)).containsEntry("TARGET", "/data/storage-harness-sh-r1-c1.fio").containsEntry("TARGET_DIR",
                "/data").containsEntry("RUNTIME", "2s").containsEntry("JOB_FILE", "/etc/storage-harness/job.fio");
        assertThat(c.getCommand().get(2)).as("refuses an existing file, removes its own after")
                .startsWith("if [ -e \"$TARGET\" ]").contains(FioPodContract.SCRIPT).endsWith("rm -f \"$TARGET\"\nexit $rc");
    }

    @Test
    void aRawDeviceIsAHostPathBlockDeviceInAPrivilegedPodWithTheHostsPidsAndTheGuardFirst() {
        NodeVolume raw = new NodeVolume("w1", null, "/dev/nvme1n1", true);

        Pod pod = pods.pod("p", "fio", VolumePool.Volume.onNode("raw", raw), "cm", "w1", null);

        Container c = pod.getSpec().getContainers().get(0);
        assertThat(pod.getSpec().getVolumes()).filteredOn(v -> v.getName().equals("data")).singleElement()
                .satisfies(v -> assertThat(v.getHostPath().getType()).isEqualTo("BlockDevice"));
        assertThat(c.getVolumeMounts()).extracting(m -> m.getName() + ":" + m.getMountPath())
                .contains("data:/dev/storage-harness");
        assertThat(c.getVolumeDevices()).isEmpty();
        assertThat(c.getSecurityContext().getPrivileged()).isTrue();
        assertThat(pod.getSpec().getHostPID()).isTrue();
        assertThat(env(c)).containsEntry("TARGET", "/dev/storage-harness").containsEntry("TARGET_DIR", "/scratch")
                .containsEntry("NODE_DEVICE", "/dev/nvme1n1").containsEntry("NODE_NAME", "w1");
        assertThat(c.getCommand()).containsExactly("/bin/sh", "-c", NodeGuard.SCRIPT + "\n" + FioPodContract.SCRIPT);
    }

    private static Map<String, String> env(Container c) {
        return c.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
    }
}
