/**
 * A simulated Kubernetes cluster for tests: fabric8's CRUD mock API server plus a scheduler, kubelet, CSI provisioner,
 * snapshot controller and a Longhorn-shaped replicated engine with planted faults ({@link
 * org.storageharness.simcluster.SimulatedEngine}), running pods as local processes so the harness's Kubernetes code runs
 * real fio end to end.
 */
package org.storageharness.simcluster;
