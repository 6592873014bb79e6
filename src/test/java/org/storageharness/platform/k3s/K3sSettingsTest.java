package org.storageharness.platform.k3s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storageharness.suite.ConfigurationException;

class K3sSettingsTest {

    @Test
    void defaultsToAPinnedK3sWithTheSnapshotStack() {
        K3sSettings settings = K3sSettings.from(Map.of());

        assertThat(settings.image()).isEqualTo(K3sSettings.DEFAULT_IMAGE).matches("rancher/k3s:v1\\.3\\d\\.\\d+-k3s\\d");
        assertThat(settings.startupTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.snapshotStack()).isTrue();
    }

    @Test
    void takesImageTimeoutAndStackFromProperties() {
        K3sSettings settings = K3sSettings.from(Map.of("k3s.image", "mirror.example:5000/rancher/k3s:v1.35.2-k3s1",
                "k3s.startupTimeout", "10m", "k3s.snapshotStack", "false"));

        assertThat(settings.image()).isEqualTo("mirror.example:5000/rancher/k3s:v1.35.2-k3s1");
        assertThat(settings.startupTimeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.snapshotStack()).isFalse();
        assertThat(settings.imageName().getRegistry()).isEqualTo("mirror.example:5000");
    }

    @Test
    void readsSecondsAndIgnoresBlankValues() {
        K3sSettings settings = K3sSettings.from(Map.of("k3s.startupTimeout", "90", "k3s.image", " "));

        assertThat(settings.startupTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(settings.image()).isEqualTo(K3sSettings.DEFAULT_IMAGE);
    }

    @Test
    void readsTheJvmSystemProperties() {
        System.setProperty("k3s.startupTimeout", "7m");
        try {
            assertThat(K3sSettings.fromSystemProperties().startupTimeout()).isEqualTo(Duration.ofMinutes(7));
        } finally {
            System.clearProperty("k3s.startupTimeout");
        }
    }

    @Test
    void rejectsAMalformedImageNamingTheProperty() {
        assertThatThrownBy(() -> K3sSettings.from(Map.of("k3s.image", "Rancher/K3s:v1.34.9-k3s1")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("Configuration error: -Dk3s.image [Rancher/K3s:v1.34.9-k3s1] is not a valid"
                        + " image reference")
                .hasMessageContaining("use a pinned K3s image such as [" + K3sSettings.DEFAULT_IMAGE + "]");
        assertThatThrownBy(() -> K3sSettings.from(Map.of("k3s.image", "rancher/k3s:")))
                .hasMessageContaining("-Dk3s.image [rancher/k3s:] is not a valid image reference");
    }

    @Test
    void explainsThatReleaseNamesUseAPlusWhereTagsUseADash() {
        assertThatThrownBy(() -> K3sSettings.from(Map.of("k3s.image", "rancher/k3s:v1.34.9+k3s1")))
                .hasMessageContaining("-Dk3s.image [rancher/k3s:v1.34.9+k3s1]")
                .hasMessageContaining("is tagged v1.34.9-k3s1");
    }

    @Test
    void rejectsAnImageWithoutAPinnedTag() {
        assertThatThrownBy(() -> K3sSettings.from(Map.of("k3s.image", "rancher/k3s")))
                .hasMessageContaining("-Dk3s.image [rancher/k3s] has no pinned tag");
        assertThatThrownBy(() -> K3sSettings.from(Map.of("k3s.image", "rancher/k3s:latest")))
                .hasMessageContaining("has no pinned tag");
    }

    @Test
    void rejectsABadTimeoutOrFlagNamingTheProperty() {
        assertThatThrownBy(() -> K3sSettings.from(Map.of("k3s.startupTimeout", "soon")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("-Dk3s.startupTimeout [soon] is not a duration");
        assertThatThrownBy(() -> K3sSettings.from(Map.of("k3s.startupTimeout", "0s")))
                .hasMessageContaining("-Dk3s.startupTimeout [0 s] must be positive");
        assertThatThrownBy(() -> K3sSettings.from(Map.of("k3s.snapshotStack", "yes")))
                .hasMessageContaining("-Dk3s.snapshotStack [yes] must be [true] or [false]");
    }
}
