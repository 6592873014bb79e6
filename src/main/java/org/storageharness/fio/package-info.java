/** fio: job files, running fio, parsing its json+ output and its iops/latency logs, merging latency histograms. */
package org.storageharness.fio;
