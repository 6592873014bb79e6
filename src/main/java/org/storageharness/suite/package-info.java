/** The suite model (engines, workloads, thresholds) and its loading and validation from YAML files under suites/. */
package org.storageharness.suite;
