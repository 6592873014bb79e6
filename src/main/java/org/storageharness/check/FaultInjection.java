package org.storageharness.check;

import org.storageharness.engine.EngineAdapter;
import org.storageharness.engine.FaultHandle;

/** What the failover check may disturb: the engine's replicas (through its adapter) and nodes. */
public interface FaultInjection {

    /** Copies of each volume: the StorageClass's replica parameter where the catalog names it, else capabilities. */
    int replicas();

    /** The engine's adapter (replicas, health, replica faults). */
    EngineAdapter adapter();

    /** Cordons {@code node} and evicts the lab's pods from it; closing the handle uncordons it. */
    FaultHandle drain(String node);

    /** The same fault, undone by the platform's cleanup too if the check cannot (Ctrl-C, SIGTERM). */
    FaultHandle track(FaultHandle fault);
}
