/** Metrics of a case (per direction and group), their spread over repetitions, thresholds and violations, number formats. */
package org.storageharness.metrics;
