package org.storageharness.check;

import java.util.Optional;
import java.util.Set;

/**
 * The user's permission for destructive faults: {@code -Dfaults=allow} plus {@code -Dfaults.nodes=n1,n2} (the nodes
 * a fault may hit), and how to fault ({@code -Dfaults.mode=replica|drain|command}; a command needs
 * {@code -Dfaults.command} and {@code -Dfaults.undo}, run with the node in {@code $NODE}). Without it the failover
 * check is skipped and says how to allow it. The run's settings read the options and refuse a half-given permission.
 *
 * @param allowed true when destructive faults may run
 * @param nodes the nodes a fault may hit; empty when not allowed
 * @param mode how to fault
 * @param command the node-fault command of {@link Mode#COMMAND}; null when not given
 * @param undo the command that undoes it; null when not given
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

    /** Why destructive faults may not run, or empty when they may. */
    public Optional<String> refusal() {
        return allowed ? Optional.empty() : Optional.of("destructive faults are not allowed in this run; allow them"
                + " with -Dfaults=allow -Dfaults.nodes=NODE[,NODE...] (the nodes a fault may hit)");
    }

    public boolean mayHit(String node) {
        return allowed && nodes.contains(node);
    }
}
