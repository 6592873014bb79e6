package org.storageharness.fio;

import java.time.Duration;

/**
 * A finished fio run whose report says every job succeeded.
 *
 * @param report the parsed report
 * @param rawOutput fio's output file as written (evidence)
 * @param stderr fio's stderr (warnings), may be empty
 * @param wallTime time from process start to exit
 */
public record FioExecution(FioReport report, String rawOutput, String stderr, Duration wallTime) {
}
