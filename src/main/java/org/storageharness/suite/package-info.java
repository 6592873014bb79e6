/** The suite model: engines, workloads, thresholds, checks and gate settings as validated records, and units. */
package org.storageharness.suite;
