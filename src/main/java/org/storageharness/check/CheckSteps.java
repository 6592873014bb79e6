package org.storageharness.check;

import java.nio.file.Path;

/**
 * Where a check's phases go as steps of its report: each timed, with the evidence files written in its directory, and
 * its status from how it ended (an {@link AssertionError} fails it, any other exception breaks it).
 */
public interface CheckSteps {

    /** Runs {@code phase} as step {@code name}, whose evidence is in {@code dir}; returns or rethrows what it does. */
    <T> T step(String name, Path dir, Phase<T> phase) throws InterruptedException;

    /** The work of one step. */
    @FunctionalInterface
    interface Phase<T> {
        T run() throws InterruptedException;
    }

    /** Runs each phase as it is: for checks without a report. */
    CheckSteps NONE = new CheckSteps() {
        @Override
        public <T> T step(String name, Path dir, Phase<T> phase) throws InterruptedException {
            return phase.run();
        }
    };
}
