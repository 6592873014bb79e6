package org.storageharness.check;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.storageharness.suite.ConfigurationException;

/**
 * The user's permission for destructive faults: {@code -Dfaults=allow} plus {@code -Dfaults.nodes=n1,n2} (the nodes
 * a fault may hit), and how to fault ({@code -Dfaults.mode=replica|drain|command}; a command needs
 * {@code -Dfaults.command} and {@code -Dfaults.undo}, run with the node in {@code $NODE}). Without it the failover
 * check is skipped and says how to allow it.
 */
public record FaultPermission(boolean allowed, Set<String> nodes, Mode mode, String command, String undo) {

    /** How the failover check disturbs the volume. */
    public enum Mode {
        /** The engine adapter's least-privileged replica fault on a replica node that is not the consumer's. */
        REPLICA,
        /** Cordon the consumer node and evict the writer; it resumes on another node. */
        DRAIN,
        /** The user's node-fault command (power off through Proxmox, IPMI, libvirt) and its undo. */
        COMMAND
    }

    public static final FaultPermission NONE = new FaultPermission(false, Set.of(), Mode.REPLICA, null, null);

    public FaultPermission {
        nodes = Set.copyOf(nodes);
    }

    /** Reads the {@code faults*} properties; a half-given permission is a configuration error. */
    public static FaultPermission from(Properties p) {
        String allow = p.getProperty("faults", "").trim();
        if (allow.isEmpty()) {
            return NONE;
        }
        if (!allow.equals("allow")) {
            throw new ConfigurationException("-Dfaults: [" + allow + "] is not understood; the only value is [allow]");
        }
        Set<String> nodes = Arrays.stream(p.getProperty("faults.nodes", "").split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        if (nodes.isEmpty()) {
            throw new ConfigurationException("-Dfaults=allow needs -Dfaults.nodes=NODE[,NODE...]: the nodes a fault"
                    + " may hit (a replica node's storage is disturbed, or the node is drained or powered off)");
        }
        Mode mode = mode(p.getProperty("faults.mode", "replica"));
        String command = blankToNull(p.getProperty("faults.command"));
        String undo = blankToNull(p.getProperty("faults.undo"));
        if (mode == Mode.COMMAND && (command == null || undo == null)) {
            throw new ConfigurationException("-Dfaults.mode=command needs both -Dfaults.command and -Dfaults.undo"
                    + " (run with the node in $NODE; the undo always runs, so the node is never left down)");
        }
        return new FaultPermission(true, nodes, mode, command, undo);
    }

    private static Mode mode(String text) {
        try {
            return Mode.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("-Dfaults.mode: unknown mode [" + text + "]; allowed: "
                    + List.of("replica", "drain", "command"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Why destructive faults may not run, or empty when they may. */
    public Optional<String> refusal() {
        return allowed ? Optional.empty() : Optional.of("destructive faults are not allowed in this run; allow them"
                + " with -Dfaults=allow -Dfaults.nodes=NODE[,NODE...] (the nodes a fault may hit)");
    }

    public boolean mayHit(String node) {
        return allowed && nodes.contains(node);
    }
}
