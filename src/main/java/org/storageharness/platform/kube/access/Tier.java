package org.storageharness.platform.kube.access;

/**
 * The least-privilege RBAC tiers of engines.md §9.1, each with the example file under {@link #EXAMPLES} that grants
 * it: what a missing permission's message tells the user to apply.
 */
public enum Tier {

    /** Benchmarks, snapshot and persistence checks, cleanup and facts. */
    CORE("rbac-tier0-core.yaml"),
    /** Read-only access to the engines' own objects (the adapters). */
    ENGINE_READ("rbac-tier1-engine-read.yaml"),
    /** The failover check's replica fault. */
    ENGINE_FAULT("rbac-tier2-engine-faults.yaml"),
    /** The failover check's drain mode. */
    NODE_DRAIN("rbac-tier3-node-drain.yaml");

    /** Where the example RBAC files are, relative to the project folder. */
    public static final String EXAMPLES = "src/main/examples/in-cluster/";

    /** Tier 0 for a run in one existing namespace ({@code -Dnamespace}): write rights only there. */
    static final String FIXED_NAMESPACE_FILE = "rbac-tier0-fixed-namespace.yaml";

    private final String file;

    Tier(String file) {
        this.file = file;
    }

    /**
     * The example file that grants this tier.
     *
     * @param ownNamespace true when each run creates its namespace; false with {@code -Dnamespace}
     */
    public String file(boolean ownNamespace) {
        return EXAMPLES + (this == CORE && !ownNamespace ? FIXED_NAMESPACE_FILE : file);
    }
}
