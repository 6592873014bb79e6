/**
 * A run of a suite on a target: the engine × workload cases, their results and gates (baseline, engine upgrade),
 * progress and cleanup.
 */
package org.storageharness.run;
