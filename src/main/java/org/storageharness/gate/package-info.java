/** Baselines and the verdicts that compare a run with them: direction-aware, tolerant of measured noise. */
package org.storageharness.gate;
