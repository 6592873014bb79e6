package org.storageharness.platform.kube.pods;

import org.storageharness.platform.kube.cluster.Manifests;

import org.storageharness.platform.kube.cluster.Labels;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.storageharness.suite.KubeOptions;

class FioPodsTest {

    private final Manifests manifests = new Manifests("r1", 1_800_000_000L);

    @Test
    void aFilesystemPodMountsItsVolumeAndPointsFioAtAFileInIt() {
        FioPods pods = new FioPods(manifests, KubeOptions.defaults());

        Pod pod = pods.pod("p", "fio", new VolumePool.Volume("lh", "vol-lh-0", "node-b", false), "cm", "node-b", "2s");

        Container c = pod.getSpec().getContainers().get(0);
        assertThat(env(c)).containsEntry("TARGET", "/data/storage-harness.fio").containsEntry("TARGET_DIR", "/data")
                .containsEntry("JOB_FILE", "/etc/storage-harness/job.fio").containsEntry("RUNTIME", "2s");
        assertThat(c.getVolumeMounts()).extracting(m -> m.getName() + ":" + m.getMountPath())
                .contains("data:/data", "job:/etc/storage-harness", "scratch:/scratch");
        assertThat(c.getCommand()).containsExactly("/bin/sh", "-c", FioPodContract.SCRIPT);
        assertThat(c.getImage()).isEqualTo(KubeOptions.DEFAULT_FIO_IMAGE);
        assertThat(pod.getSpec().getNodeSelector()).containsEntry("kubernetes.io/hostname", "node-b");
        assertThat(pod.getSpec().getRestartPolicy()).isEqualTo("Never");
        assertThat(pod.getSpec().getTerminationGracePeriodSeconds()).as("seconds fio may run on once deleted")
                .isEqualTo(1L);
        assertThat(pod.getMetadata().getLabels()).containsEntry(Labels.RUN_ID, "r1")
                .containsEntry(Labels.MANAGED_BY, "storage-harness").containsEntry(Labels.ENGINE, "lh");
    }

    @Test
    void aBlockPodGetsTheDeviceAndLimitsWhenAsked() {
        KubeOptions options = new KubeOptions(List.of(), null, "my/fio:1", Map.of("disk", "nvme"), "2", "1Gi", null,
                null);

        Pod pod = new FioPods(manifests, options).pod("p", "fio", new VolumePool.Volume("raw", "v", null, true), "cm",
                null, null);

        Container c = pod.getSpec().getContainers().get(0);
        assertThat(c.getVolumeDevices()).extracting(d -> d.getDevicePath()).containsExactly("/dev/storage-harness");
        assertThat(env(c)).containsEntry("TARGET", "/dev/storage-harness").doesNotContainKey("RUNTIME");
        assertThat(c.getResources().getLimits()).containsKeys("cpu", "memory");
        assertThat(pod.getSpec().getNodeSelector()).containsExactly(Map.entry("disk", "nvme"));
        assertThat(c.getImage()).isEqualTo("my/fio:1");
    }

    private static Map<String, String> env(Container c) {
        return c.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
    }
}
