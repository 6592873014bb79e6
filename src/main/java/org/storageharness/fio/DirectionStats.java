package org.storageharness.fio;

/**
 * What one direction of one job (or an aggregate of jobs) did.
 *
 * @param ioBytes bytes transferred
 * @param totalIos I/Os completed
 * @param iops I/Os per second
 * @param bwBytesPerSec bandwidth in B/s
 * @param runtimeMillis runtime of this direction in ms (for aggregates: the longest)
 * @param shortIos I/Os that completed with fewer bytes than asked
 * @param droppedIos I/Os fio dropped
 * @param latency latency statistics and histogram
 */
public record DirectionStats(long ioBytes, long totalIos, double iops, double bwBytesPerSec, long runtimeMillis,
                            long shortIos, long droppedIos, LatencyStats latency) {

    public static DirectionStats none() {
        return new DirectionStats(0, 0, 0, 0, 0, 0, 0, LatencyStats.none("lat_ns"));
    }

    /**
     * Sums two concurrent sources (jobs, processes, pods): IOPS, bandwidth and bytes add up, latencies pool.
     */
    public DirectionStats plus(DirectionStats o) {
        return new DirectionStats(ioBytes + o.ioBytes, totalIos + o.totalIos, iops + o.iops,
                bwBytesPerSec + o.bwBytesPerSec, Math.max(runtimeMillis, o.runtimeMillis), shortIos + o.shortIos,
                droppedIos + o.droppedIos, latency.merge(o.latency));
    }

    public double bandwidthMiBps() {
        return bwBytesPerSec / (1024.0 * 1024.0);
    }

    public double ioMiB() {
        return ioBytes / (1024.0 * 1024.0);
    }
}
