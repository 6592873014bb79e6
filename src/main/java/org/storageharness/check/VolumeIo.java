package org.storageharness.check;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.storageharness.fio.FioExecution;
import org.storageharness.suite.WorkloadSpec;

/** Runs fio in pods on a check's volumes: to the end (golden data) or in the background (the failover writer). */
public interface VolumeIo {

    /** Where a pod must run: on {@code node}, or anywhere the scheduler likes when null. */
    record Placement(String node) {

        public static final Placement ANYWHERE = new Placement(null);

        public static Placement on(String node) {
            return new Placement(node);
        }
    }

    /**
     * The size of a volume as a pod sees it: its filesystem's size ({@code df} on the mount) or its block device's
     * ({@code blockdev --getsize64}).
     */
    record VolumeSize(boolean block, long bytes) {

        /** {@code filesystem} or {@code device}, for messages. */
        public String what() {
            return block ? "block device" : "filesystem";
        }
    }

    /**
     * A finished fio pod: its judged execution, the node it ran on, when it started running, and the size of the
     * volume as it saw it when it started (null when it did not say).
     */
    record PodRun(FioExecution execution, String node, Instant running, VolumeSize size) {
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

    /**
     * Runs {@code job} in a pod on the volume to the end; its evidence goes into {@code stepDir}.
     *
     * @throws org.storageharness.fio.FioFailure when fio reports failure (a verification failure included)
     */
    PodRun run(Volumes.Volume volume, WorkloadSpec job, Placement placement, Path stepDir)
            throws InterruptedException;

    /** Starts {@code jobText} in a pod on the volume and returns once it runs. */
    Background start(Volumes.Volume volume, String jobText, Placement placement, Path stepDir)
            throws InterruptedException;
}
