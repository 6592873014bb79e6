package org.storageharness.check;

/** Where a check says what it does now: a long check must show progress. */
@FunctionalInterface
public interface CheckProgress {

    void progress(String step);
}
