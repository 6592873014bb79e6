/** Running fio in pods: the pod script contract, job ConfigMaps, volume pools and sizing, benchmark cases, kept volumes, resource sampling. */
package org.storageharness.platform.kube.pods;
