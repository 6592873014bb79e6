package org.storageharness.platform.kube.pods;

import org.storageharness.suite.EngineSpec;
import org.storageharness.suite.Suite;
import org.storageharness.suite.Units;
import org.storageharness.suite.WorkloadSpec;
import java.time.Duration;

/** How big an engine's volumes are, and the job that fills them once before the first workload. */
public final class VolumeSizing {

    private static final long MIB = 1L << 20;
    /** Data size assumed for job-file workloads, whose size the harness does not know. */
    private static final long UNKNOWN_SIZE = 1L << 30;

    private VolumeSizing() {
    }

    public static int maxFanOut(Suite suite) {
        return suite.workloads().stream().mapToInt(WorkloadSpec::fanOut).max().orElse(1);
    }

    /**
     * The largest data file any workload of the suite uses; job files are not read, so a suite of job files only
     * assumes 1 GiB (set the engine's {@code volumeSize} when that is wrong).
     */
    public static long dataBytes(Suite suite) {
        return suite.workloads().stream().filter(w -> !w.isJobFile())
                .mapToLong(w -> Units.sizeBytes(w.options().getOrDefault("size", "1g")).orElse(UNKNOWN_SIZE))
                .max().orElse(UNKNOWN_SIZE);
    }

    /** The engine's own {@code volumeSize}, else the data size plus a fifth and 64 MiB for the filesystem. */
    public static String volumeSize(EngineSpec engine, Suite suite) {
        String own = engine.kubeVolume().map(v -> v.size()).orElse(null);
        if (own != null) {
            return own;
        }
        long bytes = dataBytes(suite) * 6 / 5 + 64 * MIB;
        return ((bytes + MIB - 1) / MIB) + "Mi";
    }

    /** Time to write the data file once at a pessimistic 10 MiB/s, plus two minutes. */
    public static Duration prefillBound(Suite suite) {
        return Duration.ofSeconds(dataBytes(suite) / (10 * MIB) + 120);
    }

    public static String prefillJob(Suite suite) {
        return "# storage-harness prefill: write the data file once so thin volumes are allocated\n"
                + "[prefill]\nfilename=${" + FioPodContract.ENV_TARGET + "}\nrw=write\nbs=1m\nsize="
                + dataBytes(suite) + "\nioengine=psync\nend_fsync=1\n";
    }
}
