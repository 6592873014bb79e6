package org.storageharness.run;

import org.storageharness.check.CheckOutcome;
import org.storageharness.suite.CheckKind;

/**
 * How one correctness check on one engine ended.
 *
 * @param outcome skipped or done; null when the check broke
 * @param error why it broke; null otherwise
 */
public record CheckVerdict(String engine, CheckKind check, CheckOutcome outcome, Throwable error) {
}
