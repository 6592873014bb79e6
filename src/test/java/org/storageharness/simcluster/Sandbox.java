package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapVolumeSource;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A pod's stand-in for its container filesystem on this machine: a directory per configMap and emptyDir volume, the
 * local directory (or device file) of each claim, this machine's own path for a hostPath volume (every simulated node
 * is this machine), and the container's command set up to run with the pod's env, every
 * value under a mount rewritten to the local path.
 */
final class Sandbox {

    private final Path root;
    private final Mounts mounts;

    private Sandbox(Path root, Mounts mounts) {
        this.root = root;
        this.mounts = mounts;
    }

    /** Lays out the pod's volumes under {@code root}. */
    static Sandbox prepare(Pod pod, Path root, KubernetesClient client, VolumeStore volumes) throws PodStartException {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new PodStartException("RunContainerError", "Failed", "cannot create the sandbox [" + root + "]: "
                    + e.getMessage());
        }
        Map<String, Path> local = new HashMap<>();
        for (Volume volume : pod.getSpec().getVolumes()) {
            Path dir = root.resolve("volumes").resolve(volume.getName());
            try {
                local.put(volume.getName(), provide(pod, volume, dir, client, volumes));
            } catch (IOException e) {
                throw PodStartException.failedMount("MountVolume.SetUp failed for volume \"" + volume.getName()
                        + "\" : cannot create [" + dir + "]: " + e.getMessage());
            }
        }
        return new Sandbox(root, Mounts.of(container(pod), local));
    }

    Path logFile() {
        return root.resolve("container.log");
    }

    /**
     * The container's command and args, run in the sandbox with the pod's env, {@code extraPath} first on its PATH;
     * output goes to {@link #logFile()}.
     */
    ProcessBuilder process(Pod pod, List<Path> extraPath) throws PodStartException {
        Container container = container(pod);
        if (container.getCommand().isEmpty()) {
            throw PodStartException.configError("the simulated kubelet cannot run the entrypoint of image ["
                    + container.getImage() + "]; give container [" + container.getName() + "] a command");
        }
        List<String> command = new ArrayList<>(container.getCommand());
        command.addAll(container.getArgs());
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(logFile().toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        StringBuilder path = new StringBuilder();
        extraPath.forEach(p -> path.append(p).append(File.pathSeparator));
        env.put("PATH", path + System.getenv("PATH"));
        env.put("HOME", root.toString());
        env.put("HOSTNAME", pod.getMetadata().getName());
        for (EnvVar var : container.getEnv()) {
            env.put(var.getName(), mounts.rewrite(value(pod, var)));
        }
        return builder;
    }

    void delete() {
        VolumeStore.delete(root);
    }

    static Container container(Pod pod) throws PodStartException {
        List<Container> containers = pod.getSpec().getContainers();
        if (containers.size() != 1) {
            throw PodStartException.configError("the simulated kubelet runs pods of exactly one container; pod ["
                    + pod.getMetadata().getName() + "] has [" + containers.size() + "]");
        }
        return containers.get(0);
    }

    private static Path provide(Pod pod, Volume volume, Path dir, KubernetesClient client, VolumeStore volumes)
            throws IOException, PodStartException {
        if (volume.getConfigMap() != null) {
            return configMap(pod.getMetadata().getNamespace(), volume, dir, client);
        }
        if (volume.getPersistentVolumeClaim() != null) {
            String name = volume.getPersistentVolumeClaim().getClaimName();
            PersistentVolumeClaim pvc = client.persistentVolumeClaims().inNamespace(pod.getMetadata().getNamespace())
                    .withName(name).get();
            if (pvc == null || !new Claim(pvc).bound()) {
                throw PodStartException.failedMount("persistentvolumeclaim \"" + name + "\" is not bound");
            }
            Claim claim = new Claim(pvc);
            return claim.block() ? volumes.device(claim.volumeName()) : volumes.volume(claim.volumeName());
        }
        if (volume.getEmptyDir() != null) {
            return Files.createDirectories(dir);
        }
        if (volume.getHostPath() != null) {
            return HostPaths.provide(volume);
        }
        throw PodStartException.failedMount("volume [" + volume.getName() + "] is of a type the simulated kubelet"
                + " does not provide; it provides configMap, persistentVolumeClaim, emptyDir and hostPath");
    }

    private static Path configMap(String namespace, Volume volume, Path dir, KubernetesClient client)
            throws IOException, PodStartException {
        ConfigMapVolumeSource source = volume.getConfigMap();
        ConfigMap configMap = client.configMaps().inNamespace(namespace).withName(source.getName()).get();
        Files.createDirectories(dir);
        if (configMap == null && !Boolean.TRUE.equals(source.getOptional())) {
            throw PodStartException.failedMount("MountVolume.SetUp failed for volume \"" + volume.getName()
                    + "\" : configmap \"" + source.getName() + "\" not found");
        }
        Map<String, String> data = configMap == null ? Map.of() : configMap.getData();
        List<KeyToPath> items = source.getItems().isEmpty()
                ? data.keySet().stream().map(k -> new KeyToPath(k, null, k)).toList() : source.getItems();
        for (KeyToPath item : items) {
            Path file = dir.resolve(item.getPath());
            Files.createDirectories(file.getParent());
            Files.writeString(file, data.getOrDefault(item.getKey(), ""));
        }
        return dir;
    }

    private static String value(Pod pod, EnvVar var) throws PodStartException {
        if (var.getValueFrom() == null) {
            return var.getValue() == null ? "" : var.getValue();
        }
        String field = var.getValueFrom().getFieldRef() == null ? "" : var.getValueFrom().getFieldRef().getFieldPath();
        return switch (field) {
            case "metadata.name" -> pod.getMetadata().getName();
            case "metadata.namespace" -> pod.getMetadata().getNamespace();
            case "spec.nodeName" -> pod.getSpec().getNodeName();
            default -> throw PodStartException.configError("env [" + var.getName() + "] takes its value from a source"
                    + " the simulated kubelet does not resolve; it resolves fieldRef metadata.name,"
                    + " metadata.namespace and spec.nodeName");
        };
    }
}
