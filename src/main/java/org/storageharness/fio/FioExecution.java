package org.storageharness.fio;

import java.time.Duration;

/**
 * A finished fio run whose report says every job succeeded.
 *
 * @param report the parsed report
 * @param rawOutput fio's output file as written (evidence)
 * @param stderr fio's stderr (warnings), may be empty
 * @param wallTime time from process start to exit
 * @param cost the engine's resource use while fio ran; null where it could not be measured
 */
public record FioExecution(FioReport report, String rawOutput, String stderr, Duration wallTime, ResourceCost cost) {

    public FioExecution(FioReport report, String rawOutput, String stderr, Duration wallTime) {
        this(report, rawOutput, stderr, wallTime, null);
    }

    public FioExecution withCost(ResourceCost measured) {
        return new FioExecution(report, rawOutput, stderr, wallTime, measured);
    }
}
