/**
 * Reports: the results record of a run, Allure attachments, the run summary (experiment-style tables, charts) and the
 * environment file.
 */
package org.storageharness.report;
