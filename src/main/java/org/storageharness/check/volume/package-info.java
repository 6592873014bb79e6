/**
 * Correctness checks on an engine's volumes — snapshot restore, persistence across pods and nodes, replica
 * failover — written against {@link org.storageharness.check.volume.VolumeLab}, which a Kubernetes target implements.
 */
package org.storageharness.check.volume;
