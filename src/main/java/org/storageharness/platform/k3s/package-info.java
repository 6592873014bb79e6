/** K3s in Docker (Testcontainers) as a throwaway cluster, with the snapshot API and the csi-hostpath driver installed. */
package org.storageharness.platform.k3s;
