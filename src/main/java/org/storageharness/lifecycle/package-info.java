/** Cleanups that must happen however a run ends: once at close or JVM shutdown, and despite an interrupt. */
package org.storageharness.lifecycle;
