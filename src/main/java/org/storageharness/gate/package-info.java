/**
 * Gates and what they remember: baselines and the verdicts that compare a run with them (direction-aware, tolerant of
 * measured noise), and the engine-upgrade gate's verdicts and state file; the run moves the data they judge.
 */
package org.storageharness.gate;
