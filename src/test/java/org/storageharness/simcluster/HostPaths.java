package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.HostPathVolumeSource;
import io.fabric8.kubernetes.api.model.Volume;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * hostPath volumes: every simulated node is this machine, so the path is this machine's own, checked against the
 * volume's type as the kubelet does ({@code Directory} must be a directory, {@code BlockDevice} a block device; other
 * types and none are not offered, the harness uses only these two).
 */
final class HostPaths {

    private HostPaths() {
    }

    static Path provide(Volume volume) throws PodStartException {
        HostPathVolumeSource source = volume.getHostPath();
        Path path = Path.of(source.getPath());
        String type = source.getType() == null ? "" : source.getType();
        String problem = switch (type) {
            case "Directory" -> Files.isDirectory(path) ? null : "hostPath type check failed: " + path
                    + " is not a directory";
            case "BlockDevice" -> isBlockDevice(path) ? null : "hostPath type check failed: " + path
                    + " is not a block device";
            default -> "the simulated kubelet provides hostPath volumes of type Directory and BlockDevice only, not ["
                    + type + "]";
        };
        if (problem != null) {
            throw PodStartException.failedMount("MountVolume.SetUp failed for volume \"" + volume.getName() + "\" : "
                    + problem);
        }
        return path;
    }

    /** A device node whose kernel name sysfs lists among the block devices. */
    private static boolean isBlockDevice(Path path) {
        try {
            Path real = path.toRealPath();
            return real.startsWith("/dev") && Files.isDirectory(Path.of("/sys/class/block")
                    .resolve(real.getFileName().toString()));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
