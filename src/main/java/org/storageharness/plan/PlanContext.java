package org.storageharness.plan;

import org.storageharness.platform.select.PlatformChoice;
import org.storageharness.settings.RunSettings;
import org.storageharness.suite.Suite;

/**
 * What every platform's planner starts from.
 *
 * @param suite the suite, loaded and validated with the command line's overrides
 * @param settings the run's settings
 * @param choice the platform the run would use, and why
 * @param overhead the per-case overhead for the duration estimate
 */
record PlanContext(Suite suite, RunSettings settings, PlatformChoice choice, CaseOverhead overhead) {
}
