/** A simulated Kubernetes cluster for tests: fabric8's CRUD mock API server plus a scheduler, kubelet, CSI provisioner and snapshot controller that run pods as local processes, so the harness's Kubernetes code and real fio run end to end without a cluster. */
package org.storageharness.simcluster;
