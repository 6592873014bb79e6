package org.storageharness.check;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storageharness.engine.EngineAdapter;
import org.storageharness.engine.FaultHandle;
import org.storageharness.engine.VolumeRef;
import org.storageharness.fio.FioExecution;
import org.storageharness.suite.WorkloadSpec;

/**
 * Where a check creates an engine's volumes, writes and verifies data in pods, snapshots and restores, and disturbs
 * nodes. One lab per check and engine; {@link #close()} removes everything it created, in the engine's teardown order
 * (restored volumes before their snapshots, waiting until gone where clones block deletion).
 */
public interface VolumeLab extends AutoCloseable {

    /** A volume of the lab, by its claim name. */
    record Volume(String claim, long bytes) {
    }

    /**
     * A ready snapshot.
     *
     * @param restoreSize the snapshot's {@code status.restoreSize} (a Kubernetes quantity): restores request exactly it
     * @param ready time from creating the VolumeSnapshot until it was ready to use
     */
    record Snapshot(String name, String restoreSize, Duration ready) {
    }

    /** Where a pod must run: on {@code node}, or anywhere the scheduler likes when null. */
    record Placement(String node) {

        public static final Placement ANYWHERE = new Placement(null);

        public static Placement on(String node) {
            return new Placement(node);
        }
    }

    /** A finished fio pod: its judged execution, the node it ran on, and when it started running. */
    record PodRun(FioExecution execution, String node, Instant running) {
    }

    /** A pod that runs fio in the background (the failover writer). */
    interface Background extends AutoCloseable {

        String pod();

        /** The node it runs on. */
        String node();

        /** When it was seen running. */
        Instant running();

        /** Waits until fio has ended and brings back what it left; the pod is removed after. */
        Finished await(Duration bound) throws InterruptedException;

        /** Removes the pod if it is still there (evicted, or the check ended early). */
        @Override
        void close();
    }

    /**
     * What a background fio left: its exit code, json+ report text, messages, the log files it wrote
     * ({@code $SCRATCH/*.log}) and when it was seen finished.
     */
    record Finished(int exitCode, String json, String messages, Map<String, String> logFiles, Instant finished) {
    }

    /** The engine's VolumeSnapshotClass, or empty with {@link #snapshotClassProblem()} saying why. */
    Optional<String> snapshotClass();

    /** Why the engine has no usable snapshot class (what to create); empty when it has one. */
    String snapshotClassProblem();

    Volume create(String role, long bytes);

    /** A new volume restored from {@code snapshot}, requesting exactly its restore size. */
    Volume restore(String role, Snapshot snapshot);

    /** Takes a snapshot of {@code volume} with {@code snapshotClass} and waits until it is ready. */
    Snapshot snapshot(Volume volume, String snapshotClass, Duration bound) throws InterruptedException;

    /**
     * Runs {@code job} in a pod on the volume to the end; its evidence goes into {@code stepDir}.
     *
     * @throws org.storageharness.fio.FioFailure when fio reports failure (a verification failure included)
     */
    PodRun run(Volume volume, WorkloadSpec job, Placement placement, Path stepDir) throws InterruptedException;

    /** Starts {@code jobText} in a pod on the volume and returns once it runs. */
    Background start(Volume volume, String jobText, Placement placement, Path stepDir) throws InterruptedException;

    /** The volume as its engine knows it, with the node that uses it now. */
    VolumeRef ref(Volume volume, String consumerNode);

    /** The node the volume is pinned to (PV node affinity, local engines); empty when it may move. */
    Optional<String> pinnedNode(Volume volume);

    /** Copies of each volume: the StorageClass's replica parameter where the catalog names it, else capabilities. */
    int replicas();

    /** Ready, schedulable nodes, sorted. */
    List<String> readyNodes();

    /** The engine's adapter (replicas, health, replica faults). */
    EngineAdapter adapter();

    /** Cordons {@code node} and evicts this lab's pods from it; closing the handle uncordons it. */
    FaultHandle drain(String node);

    /** The same fault, undone by the target's cleanup too if the check cannot (Ctrl-C, SIGTERM). */
    FaultHandle track(FaultHandle fault);

    /** Tells the user what the check does now (a long check must show progress). */
    void progress(String step);

    @Override
    void close();
}
