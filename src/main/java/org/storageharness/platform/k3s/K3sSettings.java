package org.storageharness.platform.k3s;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.storageharness.suite.ConfigurationException;
import org.storageharness.suite.Units;
import org.testcontainers.utility.DockerImageName;

/**
 * How to start K3s: the image ({@code -Dk3s.image}), how long starting it and its add-ons may take
 * ({@code -Dk3s.startupTimeout}), and whether to install the snapshot API with csi-hostpath ({@code -Dk3s.snapshotStack}).
 * Invalid values fail with a {@link ConfigurationException} that names the property.
 */
public record K3sSettings(String image, Duration startupTimeout, boolean snapshotStack) {

    public static final String IMAGE_PROPERTY = "k3s.image";
    public static final String TIMEOUT_PROPERTY = "k3s.startupTimeout";
    public static final String SNAPSHOT_STACK_PROPERTY = "k3s.snapshotStack";

    /**
     * K3s v1.34.9+k3s1 (Kubernetes 1.34): csi-driver-host-path ships deploy/kubernetes-1.34 for this minor, and the
     * snapshot-controller v8.6 manifests here need Kubernetes 1.20 or later.
     */
    public static final String DEFAULT_IMAGE = "rancher/k3s:v1.34.9-k3s1";
    /** Pulling K3s plus the sidecar images on a cold machine, then waiting for the CSI driver to register. */
    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofMinutes(5);

    public K3sSettings {
        Objects.requireNonNull(startupTimeout, "startupTimeout");
        checkImage(image);
        if (startupTimeout.isNegative() || startupTimeout.isZero()) {
            throw new ConfigurationException("-D" + TIMEOUT_PROPERTY + " [" + startupTimeout.toSeconds()
                    + " s] must be positive; use e.g. [5m] or [300s]");
        }
    }

    /** Defaults overridden by the JVM's system properties. */
    public static K3sSettings fromSystemProperties() {
        Map<String, String> props = new HashMap<>();
        for (String key : new String[] {IMAGE_PROPERTY, TIMEOUT_PROPERTY, SNAPSHOT_STACK_PROPERTY}) {
            String value = System.getProperty(key);
            if (value != null) {
                props.put(key, value);
            }
        }
        return from(props);
    }

    /** Defaults overridden by {@code props} (keys without {@code -D}); blank values count as absent. */
    public static K3sSettings from(Map<String, String> props) {
        String image = valueOf(props, IMAGE_PROPERTY);
        String timeout = valueOf(props, TIMEOUT_PROPERTY);
        String stack = valueOf(props, SNAPSHOT_STACK_PROPERTY);
        return new K3sSettings(image == null ? DEFAULT_IMAGE : image,
                timeout == null ? DEFAULT_STARTUP_TIMEOUT : duration(timeout),
                stack == null || flag(stack));
    }

    /** The image as Testcontainers names it, accepted in place of {@code rancher/k3s} so mirrors work. */
    DockerImageName imageName() {
        return DockerImageName.parse(image).asCompatibleSubstituteFor("rancher/k3s");
    }

    private static void checkImage(String image) {
        String problem = imageProblem(image);
        if (problem != null) {
            throw new ConfigurationException("-D" + IMAGE_PROPERTY + " [" + image + "] " + problem
                    + "; use a pinned K3s image such as [" + DEFAULT_IMAGE + "]");
        }
    }

    private static String imageProblem(String image) {
        if (image == null || image.isBlank()) {
            return "is empty";
        }
        if (image.contains("+")) {
            return "is not a valid image reference: image tags cannot contain '+' (K3s release v1.34.9+k3s1 is"
                    + " tagged v1.34.9-k3s1)";
        }
        try {
            DockerImageName name = DockerImageName.parse(image);
            name.assertValid();
            boolean pinned = image.contains("@") || image.substring(image.lastIndexOf('/') + 1).contains(":");
            return pinned && !"latest".equals(name.getVersionPart()) ? null
                    : "has no pinned tag (results must say which K3s ran)";
        } catch (RuntimeException e) {
            String why = e instanceof IllegalArgumentException ? e.getMessage() : "malformed name or tag";
            return "is not a valid image reference (" + why + ")";
        }
    }

    private static Duration duration(String text) {
        Duration d = Units.duration(text);
        if (d == null) {
            throw new ConfigurationException("-D" + TIMEOUT_PROPERTY + " [" + text + "] is not a duration; use e.g."
                    + " [5m], [300s] or [300] (seconds)");
        }
        return d;
    }

    private static boolean flag(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigurationException("-D" + SNAPSHOT_STACK_PROPERTY + " [" + text + "] must be"
                    + " [true] or [false]");
        };
    }

    private static String valueOf(Map<String, String> props, String key) {
        String value = props.get(key);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
