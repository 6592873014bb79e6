/** K3s in Docker via Testcontainers as a Kubernetes target, with the snapshot stack and csi-hostpath installed. */
package org.storageharness.target.k3s;
