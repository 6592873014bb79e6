package org.storageharness.suite.load;

import java.util.Set;
import org.storageharness.suite.NodeVolume;

/**
 * Reads an engine's {@code node:} block (engine kind {@code node}, the node baseline on Kubernetes):
 * {@code {name: n1, hostPath: /var/lib/bench}} or {@code {name: n1, device: /dev/nvme1n1, destructive: true}}.
 */
final class NodeReader {

    static final String KIND = "node";
    private static final Set<String> KEYS = Set.of("name", "hostPath", "device", "destructive");
    private static final String NODE_NAME = "[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?";

    private NodeReader() {
    }

    /** The engine's node volume, or null (with the problem reported) when it is missing or malformed. */
    static NodeVolume read(Fields engine, String id, String kind) {
        boolean nodeKind = KIND.equals(kind);
        if (!engine.has("node")) {
            if (nodeKind) {
                engine.report("node", "engine [" + id + "] of kind [node] needs [node: {name: <node>, hostPath:"
                        + " <directory>}] or [node: {name: <node>, device: <block device>, destructive: true}]");
            }
            return null;
        }
        if (!nodeKind) {
            engine.report("node", "[node] belongs to engines of kind [node] (the node baseline); add [kind: node]"
                    + " or remove [node]");
            return null;
        }
        for (String key : new String[] {"storageClass", "local"}) {
            if (engine.has(key)) {
                engine.report(key, "an engine of kind [node] runs on the node's own storage; remove [" + key
                        + "] or make it an engine of its own");
            }
        }
        Fields f = Fields.of(engine.node("node"), KEYS, engine.problems());
        String name = f.string("name", null);
        if (name == null) {
            f.report("name", "missing required key [name]: the node whose storage is the baseline");
        } else if (!name.matches(NODE_NAME)) {
            f.report("name", "[" + name + "] is not a valid node name (lower-case DNS subdomain)");
            name = null;
        }
        String hostPath = f.string("hostPath", null);
        String device = f.string("device", null);
        boolean destructive = f.bool("destructive", false);
        if ((hostPath == null) == (device == null)) {
            f.report("hostPath", "give exactly one of [hostPath] (a directory on the node) or [device] (a raw block"
                    + " device of the node)");
            return null;
        }
        String path = hostPath != null ? hostPath : device;
        if (!path.startsWith("/") || path.contains("/../") || path.endsWith("/..")) {
            f.report(hostPath != null ? "hostPath" : "device", "[" + path + "] must be an absolute path on the node");
            return null;
        }
        if (device != null && !destructive) {
            f.report("destructive", "device [" + device + "] of node [" + name + "] would be written over and its"
                    + " contents destroyed; add [destructive: true] to this engine's [node] to allow it");
            return null;
        }
        if (hostPath != null && f.has("destructive")) {
            f.report("destructive", "[destructive] applies to [device] only; a hostPath directory is never written"
                    + " over (fio writes one data file in it, removed after)");
        }
        return name == null ? null : new NodeVolume(name, hostPath, device, destructive);
    }
}
