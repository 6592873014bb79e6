/** Chooses the platform a run uses (suite target, command line, what this machine offers) and says which and why. */
package org.storageharness.platform.select;
