/** The Kubernetes platform: composes the cluster session, fio pods and checks' labs into one {@link org.storageharness.platform.Platform}. */
package org.storageharness.platform.kube;
