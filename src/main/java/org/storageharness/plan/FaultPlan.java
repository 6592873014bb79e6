package org.storageharness.plan;

import java.util.Locale;
import org.storageharness.check.FaultPermission;
import org.storageharness.suite.CheckKind;
import org.storageharness.suite.Suite;

/** Whether the failover check may inject destructive faults in this run, where, and how. */
final class FaultPlan {

    private FaultPlan() {
    }

    static PlanParts.Section section(Suite suite, FaultPermission faults) {
        return new PlanParts.Section("Destructive faults", text(suite, faults));
    }

    private static String text(Suite suite, FaultPermission faults) {
        if (!suite.checks().runs(CheckKind.FAILOVER)) {
            return "None: the suite runs no failover check.";
        }
        if (!faults.allowed()) {
            return "Not allowed, so the failover check is skipped: " + faults.refusal().orElseThrow() + ".";
        }
        String nodes = " on nodes " + faults.nodes().stream().sorted().toList();
        return "**Allowed** (mode `" + faults.mode().name().toLowerCase(Locale.ROOT) + "`)" + nodes + ": " + switch (
                faults.mode()) {
            case REPLICA -> "the engine adapter's replica fault (a Replica CR or an engine pod deleted) on a replica"
                    + " node that is neither the consumer's nor the volume's target node.";
            case DRAIN -> "the consumer's node is cordoned and the writer evicted; the node is uncordoned after.";
            case COMMAND -> "`" + faults.command() + "` runs on this machine with the node in `$NODE`, and `"
                    + faults.undo() + "` after the window, always.";
        };
    }
}
