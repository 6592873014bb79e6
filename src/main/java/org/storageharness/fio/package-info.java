/** fio: job files, running fio as a process, parsing its json+ output and merging latency histograms. */
package org.storageharness.fio;
