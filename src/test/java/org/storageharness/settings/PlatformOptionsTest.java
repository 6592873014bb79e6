package org.storageharness.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storageharness.testing.CommandLines.settings;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.storageharness.platform.k3s.K3sSettings;
import org.storageharness.platform.kube.cluster.KubeOverrides;
import java.util.List;

class PlatformOptionsTest {

    @Test
    void readsTheKubernetesOptions() {
        KubeOverrides kube = settings("kubeconfig", "/etc/kube/lab", "context", " lab ", "cluster.allow", "lab, lab2",
                "namespace", "team", "fio.image", "registry.lan/fio:3.33", "keep", "TRUE").platform().kube();

        assertThat(kube).isEqualTo(new KubeOverrides(Path.of("/etc/kube/lab"), "lab", List.of("lab",
                "lab2"), "team", "registry.lan/fio:3.33", true, false));
        assertThat(settings().platform().kube()).isEqualTo(KubeOverrides.none());
        assertThat(settings("gate", "Upgrade").platform().kube().keptVolumes()).as("the upgrade gate keeps volumes")
                .isTrue();
    }

    @Test
    void takesK3sImageTimeoutAndStackFromTheCommandLine() {
        K3sSettings k3s = settings("k3s.image", "mirror.example:5000/rancher/k3s:v1.35.2-k3s1",
                "k3s.startupTimeout", "10m", "k3s.snapshotStack", "false").platform().k3s();

        assertThat(k3s).isEqualTo(new K3sSettings("mirror.example:5000/rancher/k3s:v1.35.2-k3s1",
                Duration.ofMinutes(10), false));
        assertThat(settings("k3s.startupTimeout", "90", "k3s.image", " ").platform().k3s())
                .isEqualTo(new K3sSettings(K3sSettings.DEFAULT_IMAGE, Duration.ofSeconds(90), true));
        assertThat(settings().platform().k3s()).isEqualTo(K3sSettings.defaults());
    }

    @Test
    void rejectsBadK3sValuesNamingTheOptionAndWhatToUse() {
        assertThatThrownBy(() -> settings("k3s.image", "rancher/k3s:v1.34.9+k3s1", "k3s.startupTimeout", "soon",
                "k3s.snapshotStack", "yes"))
                .hasMessageContaining("-Dk3s.image: [rancher/k3s:v1.34.9+k3s1] is not a valid image reference")
                .hasMessageContaining("is tagged v1.34.9-k3s1")
                .hasMessageContaining("use a pinned K3s image such as [" + K3sSettings.DEFAULT_IMAGE + "]")
                .hasMessageContaining("-Dk3s.startupTimeout: expected a positive duration such as [10s], [5m] or"
                        + " [300] (seconds) but was [soon]")
                .hasMessageContaining("-Dk3s.snapshotStack: expected [true] or [false] but was [yes]");
        assertThatThrownBy(() -> settings("k3s.startupTimeout", "0s"))
                .hasMessageContaining("-Dk3s.startupTimeout: expected a positive duration");
    }
}
