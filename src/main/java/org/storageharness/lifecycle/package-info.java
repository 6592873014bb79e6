/**
 * How a run meets the end of its process: cleanups that happen once at close or JVM shutdown and despite an
 * interrupt, and Ctrl-C or SIGTERM turned into an orderly stop of the run.
 */
package org.storageharness.lifecycle;
