package org.storageharness.run;

/**
 * The run, or a part of it, stopped for a reason its message says in full ({@code Interrupted: ...}): the user's
 * situation, not a harness bug, so it carries no stack trace and prints as its message alone (Failsafe prints a failed
 * test's exception with {@code printStackTrace}, whose first line is {@link #toString()}).
 */
public final class RunStopped extends RuntimeException {

    public RunStopped(String message) {
        super(message, null, false, false);
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
