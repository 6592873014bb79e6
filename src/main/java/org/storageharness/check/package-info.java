/** Checks that judge results: metric extraction and latency/throughput thresholds (more checks build on these). */
package org.storageharness.check;
