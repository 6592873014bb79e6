package org.storageharness.platform.k3s;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.storageharness.suite.ConfigurationException;
import org.testcontainers.utility.DockerImageName;

/**
 * How to start K3s: the image ({@code -Dk3s.image}), how long starting it and its add-ons may take
 * ({@code -Dk3s.startupTimeout}), and whether to install the snapshot API with csi-hostpath ({@code -Dk3s.snapshotStack}).
 * The run's settings read the properties; invalid values fail with a {@link ConfigurationException} that names the
 * property.
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

    /** The pinned default image with the snapshot stack, given five minutes to start. */
    public static K3sSettings defaults() {
        return new K3sSettings(DEFAULT_IMAGE, DEFAULT_STARTUP_TIMEOUT, true);
    }

    /** The image as Testcontainers names it, accepted in place of {@code rancher/k3s} so mirrors work. */
    DockerImageName imageName() {
        return DockerImageName.parse(image).asCompatibleSubstituteFor("rancher/k3s");
    }

    private static void checkImage(String image) {
        imageProblem(image).ifPresent(problem -> {
            throw new ConfigurationException("-D" + IMAGE_PROPERTY + " " + problem);
        });
    }

    /** What is wrong with {@code image} as a K3s image, with the value and what to use instead; empty when fine. */
    public static Optional<String> imageProblem(String image) {
        String why = imageFault(image);
        return why == null ? Optional.empty() : Optional.of("[" + image + "] " + why
                + "; use a pinned K3s image such as [" + DEFAULT_IMAGE + "]");
    }

    private static String imageFault(String image) {
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
}
