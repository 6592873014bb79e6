/** Loading and validating suite files: YAML with line numbers, catalogs, readers per section, command-line overrides. */
package org.storageharness.suite.load;
