/** The correctness checks' lab on a cluster: volumes, snapshots and restores, background fio, node drain, snapshot classes and the checks' preflight. */
package org.storageharness.platform.kube.lab;
