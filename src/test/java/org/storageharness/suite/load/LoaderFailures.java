package org.storageharness.suite.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.storageharness.suite.ConfigurationException;

/** What a user sees when the loader refuses a file: one first line for the problem, no trace of Java inside. */
final class LoaderFailures {

    /** A suite that loads against the shipped catalogs: one local engine, one catalog workload. */
    static final String SUITE = "engines:\n  - id: host\n    local: {path: vol}\nworkloads: [randwrite-4k-1x]\n";
    static final String OTHER_SUITE = "choose another suite with -Dsuite=NAME";
    static final String RESTORE = "restore the shipped catalog with git checkout -- suites/catalog";

    private LoaderFailures() {
    }

    /** Runs {@code load}, which must refuse with a configuration error whose first line is {@code firstLine}. */
    static void assertRefused(ThrowingCallable load, String firstLine) {
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class, load);

        assertThat(e).as("a configuration error").isNotNull();
        assertThat(e.getMessage().lines().findFirst()).hasValue(firstLine);
        assertThat(e.getMessage()).doesNotContain("Exception", "org.yaml", "at org.", "java.");
    }
}
