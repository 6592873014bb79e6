package org.storageharness.engine;

/** A volume's health as its engine reports it, mapped onto one scale for every engine. */
public enum HealthState {
    /** Every replica in sync. */
    HEALTHY,
    /** Fewer healthy replicas than wanted, no rebuild running. */
    DEGRADED,
    /** A replica is being rebuilt. */
    REBUILDING,
    /** No usable replica: data unavailable. */
    FAULTED,
    /** The engine does not say (volume detached, status not yet written). */
    UNKNOWN
}
