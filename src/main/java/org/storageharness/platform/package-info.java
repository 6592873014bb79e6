/** Platforms: where an engine's volumes live and fio runs (local host, Kubernetes, K3s); the narrow interfaces they implement. */
package org.storageharness.platform;
