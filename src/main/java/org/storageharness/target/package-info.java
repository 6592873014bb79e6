/** Targets: where fio runs for an engine (the local host here; Kubernetes targets build on the same interface). */
package org.storageharness.target;
