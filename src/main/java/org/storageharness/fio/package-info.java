/** fio: job files, running fio, judging and parsing its json+ output, its iops/latency logs, merging reports. */
package org.storageharness.fio;
