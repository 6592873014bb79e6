package org.storageharness.check;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.storageharness.engine.Replica;
import java.util.Locale;

/**
 * Picks the node a replica fault may hit: one holding a replica of the volume that is neither the consumer's node nor
 * the volume's target (engine / nexus / Primary), and that the user allowed (engines.md §10.10).
 */
final class FaultTargets {

    private FaultTargets() {
    }

    /** The node to fault, or empty with {@link #why} saying why none qualifies. */
    static Optional<String> pick(List<Replica> replicas, String consumer, FaultPermission permission) {
        Set<String> targets = replicas.stream().filter(r -> r.role() == Replica.Role.TARGET).map(Replica::node)
                .collect(Collectors.toSet());
        return replicas.stream().filter(r -> r.role() == Replica.Role.REPLICA).map(Replica::node).distinct()
                .filter(n -> !n.equals(consumer) && !targets.contains(n)).filter(permission::mayHit).sorted()
                .findFirst();
    }

    static String why(List<Replica> replicas, String consumer, FaultPermission permission) {
        String found = replicas.stream().map(r -> r.node() + " (" + r.role().name().toLowerCase(Locale.ROOT)
                + ")").collect(Collectors.joining(", "));
        return "no replica node may be faulted: the volume's copies are on [" + found + "], the consumer is on ["
                + consumer + "], and -Dfaults.nodes allows " + permission.nodes().stream().sorted().toList()
                + "; a replica fault never hits the consumer's or the target's node — allow a node that holds only a"
                + " replica";
    }
}
