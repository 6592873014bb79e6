package org.storageharness.platform.kube.pods;

import java.util.List;
import org.storageharness.suite.EngineSpec;

/** A node baseline's pod that refused to write ({@link NodeGuard}): the case is broken with the guard's reasons. */
public final class NodeRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private NodeRefusal(String message) {
        super(message);
    }

    /** Throws when a pod's log carries the guard's refusal; nothing was written then. */
    static void check(EngineSpec engine, List<PodJobs.PodLog> logs) {
        for (PodJobs.PodLog log : logs) {
            List<String> reasons = log.log().lines().filter(l -> l.startsWith(NodeGuard.REFUSED))
                    .map(l -> l.substring(NodeGuard.REFUSED.length()).strip()).toList();
            if (!reasons.isEmpty()) {
                throw new NodeRefusal("Refused: engine [" + engine.id() + "] ("
                        + engine.nodeVolume().map(n -> n.describe()).orElse("?") + "): " + String.join("; ", reasons));
            }
        }
    }
}
