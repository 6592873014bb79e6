/**
 * Load curves of swept workloads in the run summary: per engine IOPS against a latency percentile (the "hockey
 * stick" chart), the SLO and {@code slo.iops}. Plain data and XChart charts; {@code report} renders and places them.
 */
package org.storageharness.report.curve;
