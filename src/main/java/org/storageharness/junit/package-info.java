/** JUnit 5 glue: the suite's engine × workload matrix as parameterized tests, sharing one run session. */
package org.storageharness.junit;
