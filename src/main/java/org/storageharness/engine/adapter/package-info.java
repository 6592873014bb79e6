/**
 * Engine adapters: Longhorn, Mayastor, LINSTOR and Rook-Ceph answer a volume's replicas, health and version and inject
 * a least-privilege replica fault through the Kubernetes API; {@link org.storageharness.engine.adapter.EngineAdapters}
 * picks one by the catalog's adapter name.
 */
package org.storageharness.engine.adapter;
