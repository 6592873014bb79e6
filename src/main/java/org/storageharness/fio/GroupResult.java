package org.storageharness.fio;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregate of the concurrent jobs of one fio group (a stonewalled section with all its clones), also across pods
 * that ran it at once ({@link FioReport#concurrent}): IOPS and bandwidth summed, latency histograms merged.
 *
 * @param groupId fio group id
 * @param name job name of the group's first job
 * @param jobs how many job entries were aggregated
 * @param directions aggregated statistics per direction
 */
public record GroupResult(int groupId, String name, int jobs, Map<Direction, DirectionStats> directions) {

    public GroupResult {
        EnumMap<Direction, DirectionStats> all = new EnumMap<>(Direction.class);
        for (Direction d : Direction.values()) {
            all.put(d, directions.getOrDefault(d, DirectionStats.none()));
        }
        directions = Map.copyOf(all);
    }

    /** Aggregates entries that ran concurrently (same group); the first entry names the group. */
    public static GroupResult of(List<JobStats> concurrent) {
        if (concurrent.isEmpty()) {
            throw new IllegalArgumentException("a group needs at least one job");
        }
        Map<Direction, DirectionStats> sum = new EnumMap<>(Direction.class);
        for (Direction d : Direction.values()) {
            DirectionStats total = DirectionStats.none();
            for (JobStats job : concurrent) {
                total = total.plus(job.direction(d));
            }
            sum.put(d, total);
        }
        JobStats first = concurrent.get(0);
        return new GroupResult(first.groupId(), first.name(), concurrent.size(), sum);
    }

    public DirectionStats direction(Direction d) {
        return directions.get(d);
    }
}
