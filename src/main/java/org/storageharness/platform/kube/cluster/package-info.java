/** The cluster session: login and context guard, namespace, labels and manifests, named waits, facts, evidence, janitor and cleanup, undo of open faults. */
package org.storageharness.platform.kube.cluster;
