package org.storageharness.fio;

import java.util.EnumMap;
import java.util.Map;

/**
 * One entry of fio's {@code jobs} array: a job clone, or a whole group under group_reporting.
 *
 * @param name fio job name (shared by all clones of a section)
 * @param groupId fio group id (each stonewall starts a new group)
 * @param error errno the job ended with, 0 when fine
 * @param totalErrors errors counted under continue_on_error
 * @param directions read, write and trim statistics
 */
public record JobStats(String name, int groupId, int error, long totalErrors, Map<Direction, DirectionStats> directions) {

    public JobStats {
        EnumMap<Direction, DirectionStats> copy = new EnumMap<>(Direction.class);
        for (Direction d : Direction.values()) {
            copy.put(d, directions.getOrDefault(d, DirectionStats.none()));
        }
        directions = Map.copyOf(copy);
    }

    public DirectionStats direction(Direction d) {
        return directions.get(d);
    }

    public boolean failed() {
        return error != 0 || totalErrors > 0;
    }

    /**
     * How many I/Os failed: fio's {@code total_err} (counted under continue_on_error), or 1 when the job stopped at
     * its first error ({@code error} set, nothing counted).
     */
    public long errorCount() {
        return totalErrors > 0 ? totalErrors : error != 0 ? 1 : 0;
    }
}
