package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.VolumeDevice;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Where each path the container would see lives on this machine: volumeMounts map to volume directories (with their
 * subPath), volumeDevices to device files. Env values under a mount are rewritten to the local path.
 */
record Mounts(List<Mount> mounts) {

    record Mount(String containerPath, Path local) {
    }

    Mounts {
        mounts = mounts.stream().sorted(Comparator.comparingInt((Mount m) -> m.containerPath().length()).reversed())
                .toList();
    }

    static Mounts of(Container container, Map<String, Path> volumes) throws PodStartException {
        List<Mount> mounts = new ArrayList<>();
        for (VolumeMount mount : container.getVolumeMounts()) {
            Path local = volume(volumes, mount.getName());
            String subPath = mount.getSubPath();
            mounts.add(new Mount(trimmed(mount.getMountPath()),
                    subPath == null || subPath.isEmpty() ? local : local.resolve(subPath)));
        }
        for (VolumeDevice device : container.getVolumeDevices()) {
            mounts.add(new Mount(device.getDevicePath(), volume(volumes, device.getName())));
        }
        return new Mounts(mounts);
    }

    /** {@code value} with its container path prefix replaced by the local path; unchanged when under no mount. */
    String rewrite(String value) {
        for (Mount mount : mounts) {
            String path = mount.containerPath();
            if (value.equals(path)) {
                return mount.local().toString();
            }
            if (value.startsWith(path + "/")) {
                return mount.local() + value.substring(path.length());
            }
        }
        return value;
    }

    private static Path volume(Map<String, Path> volumes, String name) throws PodStartException {
        Path local = volumes.get(name);
        if (local == null) {
            throw PodStartException.configError("the container mounts volume [" + name + "], which the pod does not"
                    + " declare; declared: " + volumes.keySet());
        }
        return local;
    }

    private static String trimmed(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
