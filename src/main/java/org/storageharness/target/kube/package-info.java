/** The Kubernetes target: engines are StorageClasses, fio runs in labelled pods on PVCs, and everything is cleaned up. */
package org.storageharness.target.kube;
