/** The run's settings: every {@code -D} option and the environment, parsed once and validated together. */
package org.storageharness.settings;
