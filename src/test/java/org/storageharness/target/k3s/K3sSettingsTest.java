package org.storageharness.target.k3s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storageharness.suite.ConfigurationException;

class K3sSettingsTest {

    @Test
    void defaultsToAPinnedK3sImageWithTheSnapshotStack() {
        K3sSettings s = K3sSettings.from(Map.of());

        assertThat(s.image()).isEqualTo("rancher/k3s:v1.34.8-k3s1").doesNotContain("latest");
        assertThat(s.startupTimeout()).isEqualTo(Duration.ofMinutes(4));
        assertThat(s.snapshotStack()).isTrue();
    }

    @Test
    void takesImageTimeoutAndSnapshotSwitchFromProperties() {
        K3sSettings s = K3sSettings.from(Map.of("k3s.image", "mirror.local/rancher/k3s:v1.33.1-k3s1",
                "k3s.startupTimeout", "90s", "k3s.snapshots", "false"));

        assertThat(s.image()).isEqualTo("mirror.local/rancher/k3s:v1.33.1-k3s1");
        assertThat(s.startupTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(s.snapshotStack()).isFalse();
    }

    @Test
    void rejectsAMalformedImageNamingTheProperty() {
        assertThatThrownBy(() -> K3sSettings.from(Map.of("k3s.image", "Rancher K3s!!")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("-Dk3s.image")
                .hasMessageContaining("[Rancher K3s!!]");
    }

    @Test
    void rejectsATimeoutThatIsNotADuration() {
        assertThatThrownBy(() -> K3sSettings.from(Map.of("k3s.startupTimeout", "soon")))
                .hasMessageContaining("-Dk3s.startupTimeout").hasMessageContaining("[soon]");
    }
}
