package org.storageharness.target.k3s;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.storageharness.suite.ConfigurationException;
import org.storageharness.suite.Units;
import org.testcontainers.utility.DockerImageName;

/**
 * How to start K3s: the image ({@code -Dk3s.image}), how long it may take to be ready ({@code -Dk3s.startupTimeout}),
 * and whether to install the snapshot stack and csi-hostpath ({@code -Dk3s.snapshots}).
 */
public record K3sSettings(String image, Duration startupTimeout, boolean snapshotStack) {

    /** K3s 1.34 (Kubernetes 1.34): supported by the snapshot-controller v8 and csi-hostpath v1.17 manifests here. */
    public static final String DEFAULT_IMAGE = "rancher/k3s:v1.34.8-k3s1";
    public static final Duration DEFAULT_STARTUP = Duration.ofMinutes(4);

    public K3sSettings {
        try {
            DockerImageName.parse(image).assertValid();
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("-Dk3s.image: [" + image + "] is not a valid image reference ("
                    + e.getMessage() + "); use a K3s image such as [" + DEFAULT_IMAGE + "]");
        }
    }

    public static K3sSettings fromSystemProperties() {
        Map<String, String> props = new HashMap<>();
        System.getProperties().forEach((k, v) -> props.put(k.toString(), v.toString()));
        return from(props);
    }

    public static K3sSettings from(Map<String, String> props) {
        String timeoutText = props.get("k3s.startupTimeout");
        Duration timeout = DEFAULT_STARTUP;
        if (timeoutText != null) {
            timeout = Units.duration(timeoutText);
            if (timeout == null || timeout.isZero()) {
                throw new ConfigurationException("-Dk3s.startupTimeout: [" + timeoutText + "] is not a duration;"
                        + " use forms such as [240s] or [5m]");
            }
        }
        return new K3sSettings(props.getOrDefault("k3s.image", DEFAULT_IMAGE), timeout,
                !"false".equals(props.get("k3s.snapshots")));
    }
}
