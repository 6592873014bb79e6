/** A run of a suite on a target: the engine × workload cases, their results, progress and cleanup. */
package org.storageharness.run;
