/**
 * Composes a run from its settings (suite, platform, baseline gate, fault permission) and writes what it leaves
 * behind; plain Java, used by the JUnit glue, tests and tools.
 */
package org.storageharness.launch;
