/** The machine-readable results record of a run (results.json): its schema, writer and reader. */
package org.storageharness.results;
