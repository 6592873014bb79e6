package org.storageharness.platform.k3s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.storageharness.suite.ConfigurationException;

class K3sSettingsTest {

    @Test
    void defaultsToAPinnedK3sWithTheSnapshotStack() {
        K3sSettings settings = K3sSettings.defaults();

        assertThat(settings.image()).isEqualTo(K3sSettings.DEFAULT_IMAGE).matches("rancher/k3s:v1\\.3\\d\\.\\d+-k3s\\d");
        assertThat(settings.startupTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.snapshotStack()).isTrue();
    }

    @Test
    void namesAMirrorImageAsASubstituteForK3s() {
        K3sSettings settings = new K3sSettings("mirror.example:5000/rancher/k3s:v1.35.2-k3s1", Duration.ofMinutes(10),
                false);

        assertThat(settings.imageName().getRegistry()).isEqualTo("mirror.example:5000");
    }

    @Test
    void rejectsAMalformedImageNamingTheProperty() {
        assertThatThrownBy(() -> new K3sSettings("Rancher/K3s:v1.34.9-k3s1", Duration.ofMinutes(5), true))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("Configuration error: -Dk3s.image [Rancher/K3s:v1.34.9-k3s1] is not a valid"
                        + " image reference")
                .hasMessageContaining("use a pinned K3s image such as [" + K3sSettings.DEFAULT_IMAGE + "]");
        assertThat(K3sSettings.imageProblem("rancher/k3s:")).get().asString()
                .contains("[rancher/k3s:] is not a valid image reference");
    }

    @Test
    void explainsThatReleaseNamesUseAPlusWhereTagsUseADash() {
        assertThat(K3sSettings.imageProblem("rancher/k3s:v1.34.9+k3s1")).get().asString()
                .contains("[rancher/k3s:v1.34.9+k3s1]").contains("is tagged v1.34.9-k3s1");
    }

    @Test
    void rejectsAnImageWithoutAPinnedTag() {
        assertThat(K3sSettings.imageProblem("rancher/k3s")).get().asString()
                .contains("[rancher/k3s] has no pinned tag");
        assertThat(K3sSettings.imageProblem("rancher/k3s:latest")).get().asString().contains("has no pinned tag");
        assertThat(K3sSettings.imageProblem(K3sSettings.DEFAULT_IMAGE)).isEmpty();
    }

    @Test
    void rejectsANonPositiveTimeoutNamingTheProperty() {
        assertThatThrownBy(() -> new K3sSettings(K3sSettings.DEFAULT_IMAGE, Duration.ZERO, true))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("-Dk3s.startupTimeout [0 s] must be positive");
    }
}
