package org.storageharness.suite;

import java.util.Objects;

/**
 * The node baseline on Kubernetes (engine kind {@code node}): fio in a pod pinned to one node, on that node's own
 * filesystem (a hostPath directory) or, opt-in, a whole raw block device of that node (experiment 3's baseline).
 *
 * @param node the node's name (pods are pinned to it)
 * @param hostPath a directory on the node holding fio's data file; null when {@code device} is used
 * @param device a block device of the node that fio writes over; null for a directory
 * @param destructive the user's explicit permission to destroy what is on {@code device}
 */
public record NodeVolume(String node, String hostPath, String device, boolean destructive) {

    public NodeVolume {
        Objects.requireNonNull(node);
        if ((hostPath == null) == (device == null)) {
            throw new IllegalArgumentException("exactly one of hostPath and device must be set");
        }
        if (device != null && !destructive) {
            throw new IllegalArgumentException("a device needs destructive=true");
        }
    }

    public boolean isDevice() {
        return device != null;
    }

    /** The path on the node: the device or the directory. */
    public String location() {
        return isDevice() ? device : hostPath;
    }

    /** {@code raw device /dev/nvme1n1 on node n1} or {@code directory /var/lib/bench on node n1}. */
    public String describe() {
        return (isDevice() ? "raw device " : "directory ") + location() + " on node " + node;
    }
}
