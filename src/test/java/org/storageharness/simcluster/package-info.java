/**
 * A simulated Kubernetes cluster for tests: fabric8's CRUD mock API server plus a scheduler, kubelet, CSI provisioner
 * and snapshot controller that run pods as local processes, so the harness's Kubernetes code runs real fio end to end.
 */
package org.storageharness.simcluster;
