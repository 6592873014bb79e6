package org.storageharness.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storageharness.check.FaultPermission;

/** Reads the permission for destructive faults; a half-given permission is a problem, never a silent refusal. */
final class FaultOptions {

    private static final List<String> MODES = Arrays.stream(FaultPermission.Mode.values())
            .map(m -> m.name().toLowerCase(Locale.ROOT)).toList();

    private FaultOptions() {
    }

    static FaultPermission read(CommandLine line) {
        if (line.choice(Option.FAULTS, List.of("allow"), null) == null) {
            return FaultPermission.NONE;
        }
        Set<String> nodes = Set.copyOf(line.list(Option.FAULTS_NODES));
        if (nodes.isEmpty()) {
            line.problem(Option.FAULTS_NODES, "-Dfaults=allow needs -Dfaults.nodes=NODE[,NODE...]: the nodes a fault"
                    + " may hit (a replica node's storage is disturbed, or the node is drained or powered off)");
        }
        FaultPermission.Mode mode = FaultPermission.Mode.valueOf(line.choice(Option.FAULTS_MODE, MODES, "replica")
                .toUpperCase(Locale.ROOT));
        String command = line.text(Option.FAULTS_COMMAND);
        String undo = line.text(Option.FAULTS_UNDO);
        if (mode == FaultPermission.Mode.COMMAND && (command == null || undo == null)) {
            line.problem(Option.FAULTS_MODE, "[command] needs both -Dfaults.command and -Dfaults.undo (run with the"
                    + " node in $NODE; the undo always runs, so the node is never left down)");
        }
        return new FaultPermission(true, nodes, mode, command, undo);
    }
}
